#!/bin/sh
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in is not sorted or names a file that does not exist.
set -eu
export LC_ALL=C
top="$1"
cd "$top"
status=0
marked=$(grep -rlE '(\b_|\bN_|\bC_|\bNC_|ngettext|g_dngettext)\s*\(|translatable="yes"' src data \
           --include='*.c' --include='*.ui' --include='*.in' --include='*.xml' | sort)
for f in $marked; do
  case "$f" in *.gresource.xml) continue ;; esac
  if ! grep -qxF "$f" po/POTFILES.in; then
    echo "missing from po/POTFILES.in: $f"
    status=1
  fi
done
for f in data/*.gschema.xml; do
  grep -qxF "$f" po/POTFILES.in || { echo "missing from po/POTFILES.in: $f"; status=1; }
done
grep -v '^#' po/POTFILES.in | grep -v '^$' > /tmp/potfiles.$$ || true
if ! sort -c /tmp/potfiles.$$ 2>/dev/null; then
  echo "po/POTFILES.in is not sorted"
  status=1
fi
while read -r f; do
  [ -e "$f" ] || { echo "po/POTFILES.in names a missing file: $f"; status=1; }
done < /tmp/potfiles.$$
rm -f /tmp/potfiles.$$
[ $status -eq 0 ] && echo "po/POTFILES.in lists every file with translatable strings"
exit $status

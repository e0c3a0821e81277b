#!/bin/sh
# Fails unless every language in po/LINGUAS is complete: msgfmt --check
# passes (format strings, plural forms, accelerators' syntax) and its
# statistics count no fuzzy and no untranslated message.
# It also fails when the sources have messages the catalogues do not have
# yet, naming the update-po target to run: a string that reaches the
# window untranslated is a defect (session 7 found twelve that had slipped
# past a mere note).
set -eu
top=$(cd "$1" && pwd)
cd "$top/po"
status=0
languages=$(grep -v '^#' LINGUAS | tr -s ' \n' ' ')
[ -n "$languages" ] || { echo "po/LINGUAS names no language"; exit 1; }
for lang in $languages; do
  [ -f "$lang.po" ] || { echo "$lang: po/$lang.po is missing"; status=1; continue; }
  if ! stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$lang.po" 2>&1); then
    echo "$lang: msgfmt --check failed:"
    echo "$stats"
    status=1
    continue
  fi
  echo "$lang: $stats"
  case "$stats" in
    *fuzzy*|*untranslated*) echo "$lang: not fully translated"; status=1 ;;
  esac
  grep -q '^"Plural-Forms: nplurals=' "$lang.po" || { echo "$lang: no Plural-Forms header"; status=1; }
done

# A template from the current sources, to spot messages not yet merged.
if command -v xgettext >/dev/null 2>&1; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  if (cd "$top" && xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ \
        --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 \
        --keyword=g_dpgettext2:2c,3 --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
        --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
        --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
        --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
        --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
        --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
        --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
        --flag=g_snprintf:3:c-format \
        -f po/POTFILES.in -o "$tmp/current.pot" 2>"$tmp/xgettext.log"); then
    for lang in $languages; do
      missing=$(msgcmp --use-untranslated "$lang.po" "$tmp/current.pot" 2>&1 | grep -c 'this message is used but not defined' || true)
      if [ "$missing" -ne 0 ]; then
        echo "$lang: $missing message(s) of the sources are not in po/$lang.po (run: meson compile -C build corroborate-update-po, then translate them)"
        status=1
      fi
    done
  else
    echo "xgettext could not read the sources named in po/POTFILES.in:"
    cat "$tmp/xgettext.log"
    status=1
  fi
fi
# A source with messages that po/POTFILES.in does not name would never
# reach the catalogues, and the check above would not see it.
for file in $(cd "$top" && grep -rlE '[^A-Za-z_]N?_ ?\("|translatable="yes"' src --include='*.c' --include='*.ui' | sort); do
  if ! grep -qx "$file" POTFILES.in; then
    echo "$file has messages to translate, but po/POTFILES.in does not name it"
    status=1
  fi
done
[ $status -eq 0 ] && echo "every language is fully translated"
exit $status

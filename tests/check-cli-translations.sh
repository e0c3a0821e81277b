#!/bin/sh
# The command line speaks the user's language: --help and the error lines
# come from the catalogues built in the tree (COR_LOCALEDIR).
# glibc ignores LANGUAGE under the C locale, so this runs under C.UTF-8,
# which honours it (glibc 2.35 and later).
set -eu
: "${COR_BINARY:?}" "${COR_LOCALEDIR:?}"
if [ "$(LC_ALL=C.UTF-8 locale charmap 2>/dev/null)" != "UTF-8" ]; then
  echo "Bail out! locale C.UTF-8 is not available: it comes with Debian's libc-bin;" \
       "run build-aux/corroborate-dev test on Debian 12"
  exit 1
fi
export LC_ALL=C.UTF-8
unset LANG LC_MESSAGES || true
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/leer.txt"
n=0
status=0

# check DESCRIPTION FILE TEXT: FILE must contain TEXT.
check () {
  n=$((n + 1))
  if grep -qF -- "$3" "$2"; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1: no “$3” in:"
    sed 's/^/# /' "$2"
    status=1
  fi
}

LANGUAGE=de "$COR_BINARY" --help > "$tmp/help" 2>&1 || true
check "German --help: summary" "$tmp/help" "Nachrichtenberichte über ein Ereignis Fakt für Fakt vergleichen."
check "German --help: an option" "$tmp/help" "--output=DATEI"
check "German --help: the description" "$tmp/help" "Rückgabewert: 0 alle Berichte gelesen"

LANGUAGE=ar "$COR_BINARY" --export=html "$G_TEST_SRCDIR/data/bridge-courier.txt" > "$tmp/html" 2>&1 || true
check "Arabic HTML runs right to left" "$tmp/html" '<html lang="ar" dir="rtl">'
check "Arabic HTML legend" "$tmp/html" "<h2>دليل الرموز</h2>"

LANGUAGE=de "$COR_BINARY" --export=json "$tmp/leer.txt" > /dev/null 2> "$tmp/empty" || true
check "German error line for an empty report" "$tmp/empty" "corroborate: $tmp/leer.txt: Die Datei ist leer."

LANGUAGE=de "$COR_BINARY" --export=json /nonexistent > /dev/null 2> "$tmp/missing" && status=1
check "German error line names the missing report" "$tmp/missing" "corroborate: /nonexistent: "

LANGUAGE=de "$COR_BINARY" --export=yaml "$tmp/leer.txt" > /dev/null 2> "$tmp/usage" || true
check "German usage error" "$tmp/usage" "das Exportformat muss json, csv, markdown oder html sein"
check "German usage hint" "$tmp/usage" "Weitere Informationen erhalten Sie mit „corroborate --help“."

LANGUAGE=fr "$COR_BINARY" --export=yaml "$tmp/leer.txt" > /dev/null 2> "$tmp/usage-fr" || true
nnbsp=$(printf '\342\200\257')
check "French usage error, with a narrow no-break space before the colon" "$tmp/usage-fr" "corroborate${nnbsp}: le format d’export doit être"

LANGUAGE=de "$COR_BINARY" --export=csv "$G_TEST_SRCDIR/data/bridge-courier.txt" > "$tmp/csv" 2>&1 || true
check "German CSV headings" "$tmp/csv" '"Fakt","Übereinstimmung","Bestätigung","Werte"'

LANGUAGE=de "$COR_BINARY" --export=json "$G_TEST_SRCDIR/data/bridge-courier.txt" > "$tmp/json" 2>&1 || true
check "JSON keys stay as the contract says" "$tmp/json" '"format" : "corroborate.fact-table"'

echo "1..$n"
exit $status

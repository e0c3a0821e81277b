#!/bin/sh
# missing-tool.sh TOOL PACKAGE: stands in for a check whose tool the machine
# lacks, so that the check fails with a sentence instead of vanishing.
echo "Bail out! $1 is not installed: install Debian's $2 (build-aux/corroborate-dev test does)"
exit 1

#!/usr/bin/env bash
# Runs the two signature checks of docs/webhooks.md (the Python one and the
# C++ one, taken from the document as it is) against requests signed with
# `openssl dgst -hmac`: a fresh, right signature passes; a changed body, a
# wrong secret and an old timestamp do not.
set -euo pipefail
doc="$1/docs/webhooks.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

block() { # the first fenced block of language $1
    awk -v lang="$1" '$0 == "```" lang {on=1; next} on && $0 == "```" {exit} on {print}' "$doc"
}
block python >"$work/example.py"
block cpp >"$work/example.cpp"
[ -s "$work/example.py" ] && [ -s "$work/example.cpp" ] || { echo "examples not found in $doc"; exit 1; }

cat >>"$work/example.cpp" <<'CPP'
#include <fstream>
#include <iterator>
int main(int, char** argv)
{
    std::ifstream in(argv[3], std::ios::binary);
    const std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return verify(argv[1], argv[2], body) ? 0 : 1;
}
CPP
g++ -std=c++17 -Wall -Werror -o "$work/verify" "$work/example.cpp" -lcrypto

secret='whsec_docs-example'
printf '{"id":"e1","type":"ping","data":{}}' >"$work/body"
sign() { # secret, timestamp, body file
    printf '%s.' "$2" | cat - "$3" | openssl dgst -sha256 -hmac "$1" | awk '{print $NF}'
}
now=$(date +%s)
good="t=$now,v1=$(sign "$secret" "$now" "$work/body")"
old="t=$((now - 3600)),v1=$(sign "$secret" $((now - 3600)) "$work/body")"
printf '{"id":"e1","type":"ping","data":{"x":1}}' >"$work/changed"

check() { # expected(0 pass, 1 fail), secret, header, body file
    local py cpp
    py=$(python3 -c "
import sys
exec(open(sys.argv[1]).read())
print(0 if verify(sys.argv[2], sys.argv[3], open(sys.argv[4], 'rb').read()) else 1)
" "$work/example.py" "$2" "$3" "$4")
    cpp=0
    "$work/verify" "$2" "$3" "$4" || cpp=$?
    if [ "$py" != "$1" ] || [ "$cpp" != "$1" ]; then
        echo "expected $1 for secret=$2 header=$3 body=$(cat "$4"): python $py, C++ $cpp"
        exit 1
    fi
}
check 0 "$secret" "$good" "$work/body"
check 1 "$secret" "$good" "$work/changed"
check 1 "whsec_other" "$good" "$work/body"
check 1 "$secret" "$old" "$work/body"
check 1 "$secret" "t=$now" "$work/body"
echo "both examples of docs/webhooks.md verify right and refuse wrong signatures"

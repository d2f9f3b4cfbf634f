"""Keeps every fifth document (the 1st, 6th, 11th, ...) of a FRUS volume; everything else, the
bytes of the kept documents and all that is not a document, stays as it was."""
import re, sys

source = open(sys.argv[1], encoding="utf-8").read()
tag = re.compile(r'<div\b[^>]*>|</div\s*>')
out, cursor, index = [], 0, 0
for start in [m.start() for m in re.finditer(r'<div\b[^>]*\btype="document"', source)]:
    if start < cursor:
        continue  # nested inside a removed document
    depth, end = 0, start
    for m in tag.finditer(source, start):
        depth += -1 if m.group().startswith('</') else 1
        if depth == 0:
            end = m.end()
            break
    if index % 5 != 0:
        line_start = source.rfind('\n', 0, start)  # the removed document's indentation goes too
        out.append(source[cursor:line_start])
        cursor = end
    index += 1
out.append(source[cursor:])
sys.stdout.write(''.join(out))

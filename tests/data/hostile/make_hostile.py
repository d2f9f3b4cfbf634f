#!/usr/bin/env python3
"""Writes the hostile inputs of tests/data/hostile/ (run from this directory; the files are
committed, this records how they were made). Each is the hand-made seed TEI (../seed-handmade.xml)
with one hostile construct added, so that only the construct decides the verdict. verdicts.tsv
says what every command must answer; tests/cli/hostile_input_test.cc runs them all.
Inputs that cannot live in git (a FIFO, 300 MiB) are made by the test itself."""

SEED = open('../seed-handmade.xml', encoding='utf-8').read()
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
BODY_P = SEED.index('<p', SEED.index('<body'))  # the first paragraph of the body
P_TEXT = SEED.index('>', BODY_P) + 1


def with_doctype(subset, reference='', external_id=''):
    """The seed with a DOCTYPE (internal subset `subset`) and `reference` at the start of the
    body's first paragraph."""
    rest = SEED[len(DECL):]
    at = P_TEXT - len(DECL)
    rest = rest[:at] + reference + rest[at:]
    doctype = '<!DOCTYPE TEI' + (' ' + external_id if external_id else '') + (' [\n' + subset + '\n]' if subset else '') + '>\n'
    return DECL + doctype + rest


def with_in_body(markup, namespaces=''):
    text = SEED[:P_TEXT] + markup + SEED[P_TEXT:]
    if namespaces:
        text = text.replace('<TEI xmlns="http://www.tei-c.org/ns/1.0"', '<TEI xmlns="http://www.tei-c.org/ns/1.0" ' + namespaces, 1)
    return text


def write(name, text):
    with open(name, 'wb') as f:
        f.write(text.encode('utf-8') if isinstance(text, str) else text)


XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"'
laughs = '<!ENTITY lol "lol">\n' + ''.join(
    '<!ENTITY lol%d "%s">\n' % (i, ('&lol;' if i == 1 else '&lol%d;' % (i - 1)) * 10) for i in range(1, 10))

write('xxe-passwd.xml', with_doctype('<!ENTITY secret SYSTEM "file:///etc/passwd">', '&secret;'))
write('xxe-relative.xml', with_doctype('<!ENTITY secret SYSTEM "secret.txt">', '&secret;'))
write('xxe-network.xml', with_doctype('<!ENTITY remote SYSTEM "http://127.0.0.1:9/remote.xml">', '&remote;'))
write('parameter-entity.xml', with_doctype('<!ENTITY % defs SYSTEM "evil.ent">\n%defs;', '&leak;'))
write('secret.txt', 'LOCAL-SECRET\n')
write('evil.ent', '<!ENTITY leak "LEAKED-THROUGH-PARAMETER-ENTITY">\n')
write('external-dtd.xml', with_doctype('', '', 'SYSTEM "http://www.tei-c.org/release/xml/tei/custom/schema/dtd/tei_all.dtd"'))
write('internal-entity.xml', with_doctype('<!ENTITY ed "Text of an internal entity">', '&ed; '))
write('billion-laughs.xml', with_doctype(laughs, '&lol9;'))
write('quadratic-blowup.xml', with_doctype('<!ENTITY big "%s">' % ('a' * 20000), '&big;' * 600))
write('entity-loop.xml', with_doctype('<!ENTITY a "&b;">\n<!ENTITY b "&a;">', '&a;'))
write('deep-nesting.xml', with_in_body('<hi>' * 1000 + '</hi>' * 1000))
write('many-attributes.xml', with_in_body('<hi ' + ' '.join('a%d="x"' % i for i in range(1000)) + '/>'))
write('control-character-in-name.xml', with_in_body('<hi\x01rend="x">x</hi\x01rend>'))
write('invalid-utf8.xml', with_in_body('').encode('utf-8').replace(b'<body>', b'<body>\xc3\x28\xff', 1))
write('nul-byte.xml', with_in_body('').encode('utf-8').replace(b'<body>', b'<body>\x00', 1))
write('empty.xml', b'')
write('not-tei-html.xml', DECL + '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Not TEI</p></body></html>\n')
write('not-tei-no-namespace.xml', SEED.replace(' xmlns="http://www.tei-c.org/ns/1.0"', '', 1))
write('xinclude-file-colon.xml', with_in_body('<xi:include href="file:/etc/passwd" parse="text"/>', XI))
write('xinclude-file-localhost.xml', with_in_body('<xi:include href="file://localhost/etc/passwd" parse="text"/>', XI))
write('xinclude-percent-escaped.xml', with_in_body('<xi:include href="file:///etc/%70asswd" parse="text"/>', XI))
write('xinclude-parent.xml', with_in_body('<xi:include href="../../../../../../../../etc/passwd" parse="text"/>', XI))
write('stylesheet-pi-remote.xml', SEED.replace(DECL, DECL + '<?xml-stylesheet type="text/xsl" href="http://127.0.0.1:9/x.xsl"?>\n', 1))

#include "diagnostic_catalog.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <set>

namespace teipress {
namespace {

using S = Severity;
constexpr SeveritySource kFixed = SeveritySource::kCatalog;
constexpr SeveritySource kTool = SeveritySource::kTool;

// Grouped by the stage that reports them; docs/diagnostics.md follows this order.
constexpr DiagnosticRule kCatalog[] = {
    // Files.
    {rules::kIoRead, S::kError, kTool, "a file could not be read: it is missing, unreadable or a directory",
     "sources/113009.txt: error: cannot open sources/113009.txt: No such file or directory [io.read]",
     "Check the path and the file's permissions. libxml2's own notes about a file it could not open (\"failed to "
     "load external entity\") come as warnings under this id, followed by the error."},
    {rules::kIoWrite, S::kError, kFixed, "a file could not be written, or its directory not created",
     "/dev/null/x/113009.xml: error: cannot create directory /dev/null/x: Not a directory [io.write]",
     "Check that the output directory can be created and written, and that the disk is not full. Nothing half "
     "written is left behind: files are written to a temporary name and renamed."},
    {rules::kIoNotAFile, S::kError, kFixed, "a file to read is a FIFO, socket, device or directory, not a regular file",
     "tei/113009.xml: error: is not a regular file (a FIFO, socket or device); teipress reads XML only from regular "
     "files [io.not-a-file]",
     "Give a regular file. teipress never waits on a pipe or a device: save the stream to a file first."},
    {rules::kIoOutOfMemory, S::kError, kFixed,
     "teipress ran out of memory (or out of the address space a ulimit -v allows) and stopped",
     "teipress convert: error: out of memory; nothing half written was left, the files written before stay as they "
     "are [io.out-of-memory]",
     "Give teipress more memory, or smaller inputs (a plain-text export of tens of megabytes needs about 35 times its "
     "size while converting; SECURITY.md lists the measured peaks)."},

    // XML parsing.
    {rules::kXmlWellFormed, S::kError, kTool, "the file is not well-formed XML",
     "tei/113009.xml:1:4: error: Premature end of data in tag TEI line 1 [xml.well-formed]",
     "Correct the XML at the position given (an unclosed tag, a stray '<' or '&', a wrong encoding declaration). "
     "libxml2's warnings (e.g. a namespace URI that is not absolute) come under this id too."},
    {rules::kXmlExternalDtd, S::kWarning, kFixed, "the document declares an external DTD, which teipress does not load",
     "tei/113009.xml:1: warning: the document declares an external DTD; it was not loaded (teipress never fetches "
     "external DTDs or entities) [xml.external-dtd]",
     "Nothing, if the document does not depend on the DTD's entities or default attributes; else remove the "
     "DOCTYPE and write the entities out."},
    {rules::kXmlXInclude, S::kError, kTool, "an xi:include could not be processed (with --xinclude)",
     "tei/volume.xml:2: error: could not load tei/chapter1.xml, and no fallback was found [xml.xinclude]",
     "Correct the href of the xi:include, or give it an xi:fallback."},
    {rules::kXmlXIncludeOutside, S::kError, kFixed,
     "an xi:include points outside the including document's directory tree, or to the network",
     "tei/volume.xml:3: error: xi:include of '../../etc/passwd' leaves the document's directory tree; only local "
     "files beside or below the document are included [xml.xinclude-outside]",
     "Move the included file beside or below the including document, or give the folder that holds both as "
     "--xinclude-root (a document outside that folder is refused under this id too)."},
    {rules::kXmlOutOfMemory, S::kError, kFixed, "libxml2 could not allocate memory for a parser or validator",
     "tei/113009.xml: error: out of memory creating an XML parser [xml.internal]",
     "Free memory, or validate fewer files at once (--jobs)."},
    {rules::kXmlExternalEntity, S::kError, kFixed,
     "the document uses an external entity (or a parameter entity), which teipress never loads",
     "tei/113009.xml:12:8: error: the document refers to the external entity or DTD 'file:///etc/passwd'; teipress "
     "never loads external entities or DTDs, so its content would be missing: replace the reference with the text "
     "itself (or an internal entity) [xml.external-entity]",
     "Write the entity's text into the document, or declare it as an internal entity (<!ENTITY name \"text\">); "
     "untrusted XML must not read files or the network on its own (SECURITY.md)."},
    {rules::kXmlNetwork, S::kError, kFixed, "a document, schema or stylesheet refers to a resource on the network",
     "xslt/custom.xsl: error: 'http://example.org/common.xsl' is not a local file; teipress never reads from the "
     "network [xml.network]",
     "Download the resource and refer to the local copy."},
    {rules::kXmlXIncludeNotProcessed, S::kWarning, kFixed, "the document uses XInclude, but --xinclude was not given",
     "tei/volume.xml:14: warning: the document uses XInclude, which is processed only with --xinclude (and "
     "--xinclude-root DIR when it includes files from a folder above its own); the included parts are missing here "
     "[xml.xinclude-not-processed]",
     "Run the command (validate, build) with --xinclude if the included parts belong to the document; when it "
     "includes files above its own folder (../alists/), add --xinclude-root with the project's folder."},
    {rules::kXmlLimitInputSize, S::kError, kFixed, "an XML file is larger than teipress reads (256 MiB)",
     "tei/huge.xml: error: the file has 1073741824 bytes; teipress reads XML files of at most 256 MiB (limit of "
     "untrusted XML, see SECURITY.md) [xml.limit-input-size]",
     "Split the file (a FRUS volume: 'teipress split'); the limit keeps a stray or hostile file from exhausting memory."},
    {rules::kXmlLimitDepth, S::kError, kFixed, "elements are nested deeper than teipress accepts (256 levels)",
     "tei/113009.xml:300:2: error: elements nested more than 256 levels deep; teipress accepts at most 256 levels "
     "(limit of untrusted XML, see SECURITY.md) [xml.limit-depth]",
     "Flatten the markup; no TEI document needs 256 levels, so this is usually a generated or hostile file."},
    {rules::kXmlLimitAttributes, S::kError, kFixed, "an element has more attributes than teipress accepts (256)",
     "tei/113009.xml:4:1: error: an element with 5000 attributes; teipress accepts at most 256 attributes on one "
     "element (limit of untrusted XML, see SECURITY.md) [xml.limit-attributes]",
     "Remove the surplus attributes; no TEI element needs so many."},
    {rules::kXmlLimitText, S::kError, kFixed,
     "a text node, attribute value, comment, CDATA section or name is longer than teipress accepts",
     "tei/113009.xml:9:4: error: a text or attribute value longer than 10 MB; teipress accepts at most 10000000 bytes "
     "in one (limit of untrusted XML, see SECURITY.md) [xml.limit-text]",
     "Break the text into paragraphs (or divisions); a single text of 10 MB is usually binary data or a hostile file."},
    {rules::kXmlLimitEntityExpansion, S::kError, kFixed,
     "internal entities expand to more text than teipress accepts (billion laughs, quadratic blow-up, loops)",
     "tei/113009.xml:160:8: error: entities expand to more than 1000000 bytes of text; teipress expands at most 1 MB "
     "or the document's own size, whichever is larger (billion laughs, quadratic blow-up) (limit of untrusted XML, "
     "see SECURITY.md) [xml.limit-entity-expansion]",
     "Write the text out instead of nesting entities; the limit stops documents that expand to gigabytes."},

    // Stylesheets.
    {rules::kXsltCompile, S::kError, kTool, "an XSLT stylesheet could not be compiled",
     "xslt/html/document.xsl: error: cannot compile the stylesheet [xslt.compile]",
     "Correct the stylesheet at the positions libxslt gives before this line; with TEIPRESS_DATA_DIR, check that it "
     "points at a complete copy of xslt/."},
    {rules::kXsltMessage, S::kError, kTool, "libxslt reported a problem while transforming a document",
     "tei/113009.xml: error: Undefined variable [xslt]",
     "Correct the stylesheet (with TEIPRESS_DATA_DIR, your copy of xslt/): libxslt names the instruction and its "
     "line on standard error."},
    {rules::kXsltApply, S::kError, kFixed, "a transformation failed and produced nothing",
     "tei/113009.xml: error: the transformation with xslt/html/document.xsl failed [xslt.apply]",
     "See the messages before it; they say why the stylesheet stopped."},

    // Plain-text input.
    {rules::kInputBinary, S::kError, kFixed, "the input contains NUL or control characters: it is not a text export",
     "sources/scan.txt:1:2: error: NUL byte: this looks like a binary file, not a text export; convert only .txt "
     "exports [input.binary]",
     "Convert only the archive's plain-text exports."},
    {rules::kInputEncoding, S::kError, kFixed, "the input is not UTF-8 text",
     "sources/113009.txt:5:6: error: invalid UTF-8 byte sequence; re-save the file as UTF-8 (e.g. iconv -f "
     "WINDOWS-1252 -t UTF-8) [input.encoding]",
     "Re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8."},
    {rules::kInputEmpty, S::kError, kFixed, "the input file is empty or holds only white space",
     "sources/113009.txt: error: the file is empty: nothing to convert [input.empty]",
     "Export the document again, or remove the empty file."},
    {rules::kInputNotTei, S::kError, kFixed, "a command that works on TEI was given XML whose root is not <TEI> or <teiCorpus> (in a build: one "
     "that no document includes)",
     "page.xml:2:1: error: not a TEI document: the root element is <html> in namespace http://www.w3.org/1999/xhtml, "
     "not <TEI> or <teiCorpus> in the TEI namespace (http://www.tei-c.org/ns/1.0) [input.not-tei]",
     "Give render, totext and split TEI P5 documents; a TEI file without xmlns=\"http://www.tei-c.org/ns/1.0\" on its "
     "root needs it added, and TEI P4 (<TEI.2>) converted to P5 first (the TEI Stylesheets' p4top5.xsl). In the "
     "TEI folder of a build, an XML file that is not TEI is accepted (silently) only as the target of an "
     "xi:include of a TEI document of the edition, directly or through another such fragment: move any other out "
     "of the TEI folder."},

    // The converter.
    {rules::kConvertMissingTitle, S::kWarning, kFixed, "no title line before the first section of an export",
     "sources/113009.txt:3:1: warning: no title line before the first section; the document gets an empty title "
     "[convert.missing-title]",
     "Put the title on its own line after the date, before 'Citation:'."},
    {rules::kConvertEmptyContents, S::kWarning, kFixed, "the Contents section lists no '- ' entries",
     "sources/113009.txt:20:1: warning: the Contents section has no '- ' entries [convert.empty-contents]",
     "List the parts of the document under 'Contents:' as lines starting with '- ' (e.g. '- English Translation')."},
    {rules::kConvertUnknownLanguage, S::kWarning, kFixed, "the Original Language names a language teipress does not know",
     "sources/113009.txt:18:1: warning: unknown original language 'Rusian'; no language code recorded. Add it to the "
     "language table or fix the name [convert.unknown-language]",
     "Correct the name, or add the language to the converter's language table."},
    {rules::kConvertMissingCitation, S::kWarning, kFixed, "the export has no Citation section",
     "sources/113009.txt:5: warning: no Citation section: the archival sources are unknown [convert.missing-citation]",
     "Add the 'Citation:' section from the archive's record."},
    {rules::kConvertMissingOriginalLanguage, S::kWarning, kFixed, "the export has no Original Language section",
     "sources/113009.txt:5: warning: no Original Language section: only English (the text as given) is recorded "
     "[convert.missing-original-language]",
     "Add the 'Original Language:' section from the archive's record."},
    {rules::kConvertMissingUrl, S::kWarning, kFixed, "no archive URL follows the citation, so the record id comes from the file name",
     "sources/113009.txt:9: warning: no archive URL after the citation; the record id '113009' comes from the file "
     "name [convert.missing-url]",
     "Add the record's URL, in angle brackets, on the line after the citation."},
    {rules::kConvertNoRecordId, S::kError, kFixed,
     "neither the archive URL nor the file name gives the record number, so no TEI is written",
     "notes.txt:9: error: no record number: the citation ends in no archive URL with the record's number and the file "
     "name 'notes' is not a number either; name the file <record number>.txt or add the URL line after the citation "
     "[convert.no-record-id]",
     "Name the file after the record's number (113009.txt) or add the line <http://digitalarchive.wilsoncenter.org/"
     "document/NUMBER> after the citation."},
    {rules::kConvertEmptyBody, S::kWarning, kFixed, "the export has no body text after its sections",
     "sources/113009.txt: warning: the document has no body text [convert.empty-body]",
     "Export the document again with its text."},
    {rules::kConvertOrphanFootnote, S::kWarning, kFixed, "a listed footnote has no marker in the text",
     "sources/113009.txt:61:1: warning: footnote 3 has no marker in the text; it is kept at the end of the document "
     "[convert.orphan-footnote]",
     "Put the footnote's number after the word it annotates, or correct the note's number."},
    {rules::kConvertUnknownName, S::kNote, kFixed, "a name looks like a person's but is not in the authority files",
     "sources/113009.txt:30:1: note: 'GROMYKO' is not in the authority files; if it is a person, add it to "
     "tei/authority/persons.xml so that it is linked [convert.unknown-name]",
     "If it is a person, add a <person> with this name (or a variant) to tei/authority/persons.xml."},
    {rules::kConvertUnclosedBracket, S::kWarning, kFixed, "a '[' is never closed",
     "sources/113009.txt:16:10: warning: '[' is never closed; kept as a printing error (choice/sic) to be corrected. "
     "Add the missing ']' if this opens an editorial note [convert.unclosed-bracket]",
     "Add the missing ']' if the bracket opens an editorial note."},
    {rules::kConvertStrayBracket, S::kWarning, kFixed, "a ']' closes no '['",
     "sources/113009.txt:16:40: warning: ']' closes no '['; kept as a printing error (choice/sic) to be corrected. "
     "Add the missing '[' if this closes an editorial note [convert.stray-bracket]",
     "Add the missing '[' if the bracket closes an editorial note."},
    {rules::kConvertUnclassifiedNote, S::kWarning, kFixed, "the kind of a square-bracket editorial note could not be told",
     "sources/113009.txt:7:3: warning: cannot tell what kind of editorial note '[A-4]' is; encoded as an "
     "unclassified editorial note. Check it and set note/@type [convert.unclassified-note]",
     "Check the note in the TEI and set note/@type (docs/encoding.md lists the kinds)."},
    {rules::kConvertDoubtfulNote, S::kNote, kFixed,
     "a square-bracket note's kind was chosen from its shape and place, not its words",
     "sources/113009.txt:40:22: note: '[Puzanov]' encoded as identification (a name the authority does not know); "
     "check the kind [convert.doubtful-note]",
     "Check the note in the TEI; if the kind is wrong, change the element (docs/encoding.md lists the kinds)."},
    {rules::kConvertKeptEdited, S::kWarning, kFixed,
     "a TEI file edited since teipress generated it (or while it was converting) was kept",
     "tei/113009.xml: warning: edited since teipress generated it; kept as it is, so later changes to its source are "
     "not applied (to replace the edits with a fresh conversion: teipress convert --force -o tei SOURCE.txt) "
     "[convert.kept-edited]",
     "Nothing, if the edits are to stay; 'teipress convert --force -o tei SOURCE.txt' replaces them with a fresh "
     "conversion."},
    {rules::kConvertKeptUnmarked, S::kWarning, kFixed,
     "a TEI file that teipress did not generate (it has no generation mark) was kept",
     "tei/113009.xml: warning: not generated by teipress (no generation mark); kept as it is (to replace it: "
     "teipress convert --force -o tei SOURCE.txt) [convert.kept-unmarked]",
     "Nothing, if the file is to stay; 'teipress convert --force' replaces it with a conversion."},
    {rules::kConvertDuplicateRecord, S::kWarning, kFixed, "two sources given to convert name the same archive record",
     "sources/113009 (1).txt: warning: names the same record (113009) as sources/113009.txt, already written to "
     "tei/113009.xml; this one is not written (remove the duplicate source) [convert.duplicate-record]",
     "Remove the duplicate export (a re-download such as '113009 (1).txt'), or correct its citation URL if it is "
     "another record."},

    // The edition configuration.
    {rules::kConfigSyntax, S::kError, kFixed, "the edition configuration is not valid TOML",
     "teipress.toml:3:9: error: not valid TOML: expected a value (write settings as key = \"value\", one a line) "
     "[config.syntax]",
     "Write each setting as key = \"value\" on its own line; quote strings; start comments with #."},
    {rules::kConfigUnknownKey, S::kError, kFixed, "the edition configuration names a setting teipress does not know",
     "teipress.toml:2:1: error: unknown setting 'titel'; the settings are title, subtitle, ... [config.unknown-key]",
     "Correct the key's spelling; README.md lists every setting, and 'teipress init' writes them all, commented."},
    {rules::kConfigBadValue, S::kError, kFixed, "a setting of the edition configuration has a value it cannot take",
     "teipress.toml:4:12: error: language must be \"en\", \"de\", \"fr\" or \"ru\", not 'es' [config.bad-value]",
     "Give a value of the kind the message names (a string in quotes, true or false, one of the choices)."},

    // Authority files.
    {rules::kAuthorityMissing, S::kWarning, kFixed, "the authority directory does not exist, so no name is linked",
     "tei/authority: warning: no authority directory: names will not be linked (create tei/authority/ or pass "
     "--authority DIR) [authority.missing]",
     "Create tei/authority/ with persons.xml, places.xml, orgs.xml and archives.xml, or pass --authority DIR."},

    // RELAX NG.
    {rules::kSchemaCompile, S::kError, kTool, "the RELAX NG schema could not be compiled",
     "schemas/custom.rng:1: error: there is no definition of 'x' [schema.compile]",
     "Check the path; give the XML syntax of the schema (.rng, not .rnc: convert with trang)."},
    {rules::kRelaxNg, S::kError, kTool, "the document is invalid in a way teipress does not explain further",
     "tei/113009.xml:12:3: error: Invalid sequence in interleave [relaxng]",
     "Read libxml2's message with the schema at hand (--engine libxml2); 'jing SCHEMA FILE' may word it differently."},
    {rules::kRelaxNgRootElement, S::kError, kFixed, "the root element is not one the schema allows",
     "tei/113009.xml:1:1: error: element <TEI> is not allowed as the root element [relaxng.root-element]",
     "Validate against the schema meant for this kind of document, or give it the root element the schema expects."},
    {rules::kRelaxNgUnexpectedElement, S::kError, kFixed, "an element the schema defines stands where its parent does not allow it",
     "tei/113009.xml:2:3: error: element <p> is not allowed here in <div>; <div> first needs <head> "
     "[relaxng.unexpected-element]",
     "Move the element to a place its parent allows, or add what the parent needs first."},
    {rules::kRelaxNgUnknownElement, S::kError, kFixed, "an element the schema does not define",
     "tei/113009.xml:2:11: error: element <bogus> is not defined by the schema; <p> allows <hi> or <note> "
     "[relaxng.unknown-element]",
     "Correct the element's name (or its namespace), or use a schema that defines it."},
    {rules::kRelaxNgMissingElement, S::kError, kFixed, "an element lacks a child the schema requires",
     "tei/113009.xml:1:1: error: element <TEI> is incomplete: it lacks <teiHeader> and <text> "
     "[relaxng.missing-element]",
     "Add the missing child elements, in the order the content model gives."},
    {rules::kRelaxNgNamespace, S::kError, kFixed, "an element is in no namespace, or in the wrong one",
     "tei/113009.xml:1:1: error: element <TEI> is in no namespace; the schema's elements are in "
     "'http://www.tei-c.org/ns/1.0' (add xmlns=\"http://www.tei-c.org/ns/1.0\" to the root element) "
     "[relaxng.namespace]",
     "Declare the schema's namespace (for TEI: xmlns=\"http://www.tei-c.org/ns/1.0\" on the root element)."},
    {rules::kRelaxNgUnexpectedText, S::kError, kFixed, "text stands directly in an element that allows only elements",
     "tei/113009.xml:2:1: error: text is not allowed directly in <div>; wrap it in an element (the content of <div> is "
     "(head, p*)) [relaxng.unexpected-text]",
     "Wrap the text in an element the content model allows (in TEI usually <p>)."},
    {rules::kRelaxNgNotEmpty, S::kError, kFixed, "an element that must be empty has content",
     "tei/113009.xml:2:11: error: element <lb> must be empty; remove its text [relaxng.not-empty]",
     "Remove the element's content (move the text after it)."},
    {rules::kRelaxNgMissingAttribute, S::kError, kFixed, "an element lacks an attribute the schema requires",
     "tei/113009.xml:1:1: error: element <TEI> lacks the required attribute 'xml:id' [relaxng.missing-attribute]",
     "Add the attribute."},
    {rules::kRelaxNgUnknownAttribute, S::kError, kFixed, "an attribute the schema does not allow on its element",
     "tei/113009.xml:2:8: error: attribute 'x' is not allowed on <p>; remove it or use an attribute the schema "
     "defines for <p> [relaxng.unknown-attribute]",
     "Remove the attribute, correct its name, or use one the schema defines for the element."},
    {rules::kRelaxNgAttributeValue, S::kError, kFixed, "an attribute's value is not one the schema allows",
     "tei/113009.xml:2:14: error: attribute 'when' of <date> has the value '1951-02-30'; expected xsd:date "
     "[relaxng.attribute-value]",
     "Give a value of the expected list or datatype (dates as YYYY-MM-DD)."},
    {rules::kRelaxNgDuplicateId, S::kError, kFixed, "an ID value is given twice in one document",
     "tei/113009.xml:3:1: error: attribute 'xml:id' of <p> repeats the ID 'a' already given on line 2; IDs must be "
     "unique within a document [relaxng.duplicate-id]",
     "Give one of the two elements another ID, and update the references to it."},
    {rules::kRelaxNgUnknownId, S::kError, kFixed, "an IDREF names an ID that no element of the document has",
     "tei/113009.xml:7:3: error: attribute 'target' of <ptr> refers to the ID 'n1', which no element of the document "
     "has [relaxng.unknown-id]",
     "Correct the reference, or give the element it means that xml:id."},
    {rules::kRelaxNgAttributes, S::kError, kFixed, "an element's attributes fit none of the combinations the schema allows",
     "tei/113009.xml:4:2: error: the attributes of <date> fit none of the forms the schema allows for <date>; check "
     "the combination of attributes and their values [relaxng.attributes]",
     "Check which attributes may go together on the element (e.g. @when with @notBefore is not allowed)."},
    {rules::kRelaxNgValue, S::kError, kFixed, "an element's text is not of the datatype the schema requires",
     "tei/113009.xml:4:7: error: the content of <num> ('twelve') is not a valid xsd:integer [relaxng.value]",
     "Give the element text of the expected datatype."},
    {rules::kRelaxNgContent, S::kError, kFixed, "an element's content does not match its content model",
     "tei/113009.xml:4:2: error: the content of <choice> does not match the schema: (sic, corr) [relaxng.content]",
     "Rearrange the element's children to match the content model given."},

    // Schematron.
    {rules::kSchematronCompile, S::kError, kTool, "a Schematron schema could not be compiled",
     "schemas/custom.sch:12: error: <let> needs a @name attribute [schematron.compile]",
     "Correct the schema at the line given; the teipress engine supports ISO Schematron with XPath 1.0 "
     "(schemas/README.md)."},
    {rules::kSchematronApply, S::kError, kTool,
     "a Schematron schema's rules failed while they ran: an error in the schema, not in the document",
     "schemas/custom.sch:14: error: the Schematron rules could not be applied to tei/113009.xml: Invalid type "
     "(an error in the schema, not in the document) [schematron.apply]",
     "Correct the expression written at the schema's line (a wrong type or number of arguments, an invalid regular "
     "expression, a document pattern/@documents names that cannot be read). validate exits with status 2."},
    {rules::kSchematronInclude, S::kError, kTool, "a Schematron include or extends/@href could not be resolved",
     "schemas/custom.sch:3: error: <include href=\"../common.sch\"> cannot be resolved: '../common.sch' lies outside "
     "the schema's directory tree (/edition/schemas) or on the network: Schematron includes are read only from local "
     "files beside or below the schema [schematron.include]",
     "Keep included files beside or below the schema, correct the file name or the #id, and remove include cycles."},
    {rules::kSchematronUnnamed, S::kError, kTool, "a check without an id in a user's Schematron schema failed",
     "tei/letter.xml:7: error: a letter needs a date [schematron]",
     "Follow the check's message. Give asserts and reports an @id so that their diagnostics have an id of their own."},

    // The edition's Schematron rules (schemas/edition.sch).
    {rules::kEditionAuthorityFound, S::kError, kFixed, "the authority files the rules look names up in were not found",
     "tei/113009.xml: error: the authority files were not found in /edition/tei/authority/ (persons.xml, "
     "places.xml, orgs.xml, archives.xml); give their directory with --authority [edition-authority-found]",
     "Pass --authority DIR (validate) or keep the authority files in TEI/authority (build)."},
    {rules::kEditionRefPerson, S::kError, kFixed, "a persName/@ref names no person of the authority file",
     "tei/113009.xml:9: error: persName/@ref '#stallin' names no person in persons.xml: correct the "
     "reference or add <person xml:id=\"stallin\"> to the authority file [edition-ref-person]",
     "Correct the reference or add the person to tei/authority/persons.xml."},
    {rules::kEditionRefPlace, S::kError, kFixed, "a placeName/@ref names no place of the authority file",
     "tei/113009.xml:13: error: placeName/@ref '#peking' names no place in places.xml: correct the "
     "reference or add <place xml:id=\"peking\"> to the authority file [edition-ref-place]",
     "Correct the reference or add the place to tei/authority/places.xml."},
    {rules::kEditionRefOrg, S::kError, kFixed, "an orgName/@ref names no organization of the authority files",
     "tei/113009.xml:13: error: orgName/@ref '#cc' names no organization in orgs.xml or archives.xml: "
     "correct the reference or add <org xml:id=\"cc\"> to orgs.xml [edition-ref-org]",
     "Correct the reference or add the organization to tei/authority/orgs.xml."},
    {rules::kEditionRefArchive, S::kError, kFixed, "a repository/@ref names no archive of the authority file",
     "tei/113009.xml:7: error: repository/@ref '#XYZ' names no archive in archives.xml: correct the "
     "abbreviation or add the archive to the authority file [edition-ref-archive]",
     "Correct the reference or add the archive to tei/authority/archives.xml."},
    {rules::kEditionRefResolves, S::kError, kFixed, "a @ref of another element names no entry of the authority files",
     "tei/113009.xml:3: error: name/@ref '#nobody' names no entry of the authority files: correct the "
     "reference or add the entry [edition-ref-resolves]",
     "Correct the reference or add the entry to the authority file of its kind."},
    {rules::kEditionRespResolves, S::kError, kFixed, "a @resp names no respStmt of the header",
     "tei/113009.xml:17: error: @resp '#typist' names no respStmt of the header: use #editor, #translator "
     "or #encoder, or add a respStmt with that xml:id [edition-resp-resolves]",
     "Use #editor, or add a respStmt with that xml:id to the titleStmt."},
    {rules::kEditionDateReal, S::kError, kFixed, "a normalized date is not a real date of the calendar",
     "tei/113009.xml:14: error: @when=\"1951-02-29\" is not a real calendar date: write YYYY, YYYY-MM or "
     "YYYY-MM-DD with a month and day that exist [edition-date-real]",
     "Correct the normalized date (1951 was not a leap year)."},
    {rules::kEditionDateOrder, S::kError, kFixed, "a date range ends before it begins",
     "tei/113009.xml:15: error: @notBefore=\"1951-10\" is later than @notAfter=\"1951-09\": swap them or "
     "correct one [edition-date-order]",
     "Swap or correct the bounds of the range."},
    {rules::kEditionDateNear, S::kWarning, kFixed, "a date in the text lies far from the document's own date",
     "tei/113009.xml:14: warning: the date 1915-08-27 lies more than 3 years from the document's date "
     "(August 28, 1951): check the year of this date or of the document [edition-date-near]",
     "Check the year: often a typing error (1915 for 1951). Nothing to do if the text means it."},
    {rules::kEditionRecordId, S::kError, kFixed, "TEI/@xml:id does not match the record id",
     "tei/113009.xml:1: error: TEI/@xml:id \"wcda-113010\" does not agree with the record id \"113009\": "
     "it must be wcda-113009 [edition-record-id]",
     "Set TEI/@xml:id to wcda- followed by the record id."},
    {rules::kEditionRecordFile, S::kError, kFixed, "the file is not named after its record id",
     "tei/seed.xml:1: error: the file \"seed.xml\" holds record 113009: rename it to 113009.xml "
     "[edition-record-file]",
     "Rename the file to RECORD-ID.xml."},
    {rules::kEditionRecordUri, S::kError, kFixed, "the record's URI does not end in the record id",
     "tei/113009.xml:1: error: the URI http://digitalarchive.wilsoncenter.org/document/113010 does not "
     "end in the record id 113009: correct one of them [edition-record-uri]",
     "Correct the idno of type URI or the record idno."},
    {rules::kEditionNoBrackets, S::kError, kFixed, "a square bracket is left in the text instead of being encoded",
     "tei/113009.xml:17: error: a square bracket is left in the text (\"Text [sic]\"): encode the "
     "editorial note by its kind (note, supplied, gap, choice, ...; see docs/encoding.md) instead of "
     "printing the brackets [edition-no-brackets]",
     "Encode the bracketed text as the intervention it is (supplied, note, gap, unclear...)."},
    {rules::kEditionFootnoteN, S::kError, kFixed, "a footnote has no @n",
     "tei/113009.xml:15: error: a footnote without @n: give it the number of its marker "
     "[edition-footnote-n]",
     "Give the note @n with the number of its marker."},
    {rules::kEditionFootnoteUnique, S::kWarning, kFixed, "two footnotes have the same number",
     "tei/113009.xml:15: warning: footnote number 1 is used twice: renumber the footnotes 1, 2, 3, ... "
     "[edition-footnote-unique]",
     "Renumber the footnotes."},
    {rules::kEditionFootnoteSequence, S::kWarning, kFixed, "footnotes are not numbered 1, 2, 3... in order",
     "tei/113009.xml:15: warning: footnote 3 is out of sequence: renumber the footnotes 1, 2, 3, ... in "
     "document order (expected 2) [edition-footnote-sequence]",
     "Renumber the footnotes in the order of their markers."},
    {rules::kEditionTelegramSender, S::kWarning, kFixed, "a telegram's correspDesc names no sender",
     "tei/113009.xml:1: warning: the document is a telegram but names no sender: add "
     "correspAction[@type='sent'] with a persName or orgName to profileDesc/correspDesc "
     "[edition-telegram-sender]",
     "Add a correspAction type=\"sent\" with the sender's persName or orgName."},
    {rules::kEditionTelegramAddressee, S::kWarning, kFixed, "a telegram's correspDesc names no addressee",
     "tei/113009.xml:1: warning: the document is a telegram but names no addressee: add "
     "correspAction[@type='received'] with a persName or orgName to profileDesc/correspDesc "
     "[edition-telegram-addressee]",
     "Add a correspAction type=\"received\" with the addressee's persName or orgName."},
    {rules::kEditionTelegramSigned, S::kWarning, kFixed, "an embedded telegram has no signature",
     "tei/113009.xml:16: warning: an embedded telegram without a sender: encode its signature as "
     "closer/signed [edition-telegram-signed]",
     "Encode the telegram's closing name as closer/signed."},
    {rules::kEditionTelegramAddressed, S::kWarning, kFixed, "an embedded telegram has no addressee",
     "tei/113009.xml:16: warning: an embedded telegram without an addressee: encode it as opener/address "
     "(or opener/salute) [edition-telegram-addressed]",
     "Encode the telegram's addressee line as opener/address."},

    // Rendering and print.
    {rules::kRenderMissingStylesheet, S::kError, kFixed, "an edition stylesheet is missing from the data directory",
     "xslt/html/document.xsl: error: stylesheet not found [render.missing-stylesheet]",
     "Point TEIPRESS_DATA_DIR at a complete checkout (with xslt/), or unset it."},
    {rules::kRenderMissingAsset, S::kError, kFixed, "the HTML edition's stylesheet or script is missing from the data directory",
     "xslt/html/assets/edition.css: error: the HTML edition's edition.css is missing: No such file or directory "
     "[render.missing-asset]",
     "Point TEIPRESS_DATA_DIR at a complete checkout (with xslt/html/assets/), or unset it."},
    {rules::kRenderFolder, S::kError, kFixed, "a folder was given to render, which renders files",
     "letters: error: is a folder, not a TEI file: give the files in it (letters/*.xml), or build the whole folder "
     "with 'teipress build --tei letters' [render.folder]",
     "Give the TEI files in the folder (a shell glob such as letters/*.xml), not the folder."},
    {rules::kRenderSameName, S::kError, kFixed, "two files given to render have the same name, so one page would overwrite the other",
     "b/letter.xml: error: another file given has the name letter.xml too, and its page would be overwritten: "
     "render them into different folders [render.same-name]",
     "Render the files with the same name into different --html and --print directories, or rename one."},
    {rules::kFopMissing, S::kError, kFixed, "Apache FOP is not installed, so no PDF was made",
     "tei/113009.xml: error: Apache FOP is not installed, so no PDF was made (the FO and HTML files were written): "
     "install it with 'apt-get install fop', or build with --no-pdf [fop.missing]",
     "Install FOP (apt-get install fop), or build with --no-pdf."},
    {rules::kFopError, S::kError, kFixed, "Apache FOP failed on a document's XSL-FO",
     "tei/113009.xml: error: FOP: \"fo:block\" is not a valid child of \"fo:root\"! (See position 1:65) "
     "[fop.error]",
     "Read FOP's message; with the edition's stylesheets, report it as a bug with the TEI file."},
    {rules::kFopWarning, S::kWarning, kFixed, "Apache FOP warned about a document (e.g. a line too long for the page)",
     "tei/113009.xml: warning: FOP: The contents of fo:block line 1 exceed the available area in the "
     "inline-progression direction by more than 50 points. (See position 5:15) (FOP event lineOverflows) "
     "[fop.warning]",
     "Usually nothing; for overflowing lines, allow breaks in long words or URLs of the text."},
    {rules::kFopGlyphMissing, S::kError, kFixed, "no configured font has a character of the text",
     "tei/113009.xml: error: FOP: Glyph \"\xEA\x99\xAE\" (0xa66e) not available in font \"DejaVuSerif\". No "
     "configured font has this character, so FOP would print '#': add a font that has it to xslt/print/fop.xconf and "
     "to the font lists in xslt/print/params.xsl. [fop.glyph-missing]",
     "Add a font that has the character to xslt/print/fop.xconf and to the font lists in xslt/print/params.xsl."},
    {rules::kFopFontMissing, S::kWarning, kFixed, "a font file FOP's configuration names is not on this machine",
     "xslt/print/fop.xconf:64: warning: the font file /usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf is "
     "missing, so FOP cannot print a document that needs this font: install the Debian package that has it (the "
     "comment at the top of the configuration lists them; 'apt-file search DejaVuSerif-Bold.ttf' finds it), or "
     "remove its <font> element [fop.font-missing]",
     "Install the font package (for the edition's configuration: fonts-noto-core, fonts-dejavu-core, "
     "fonts-dejavu-extra, fonts-arphic-uming, fonts-nanum, fonts-symbola), or remove the <font> from the "
     "configuration. Documents that need none of its glyphs are printed; one that does fails with FOP's error."},

    // The edition build.
    {rules::kBuildNoDocuments, S::kError, kFixed, "the build found no TEI documents and no sources to convert",
     "tei: error: no TEI documents (*.xml) in tei and no sources to convert: give the folder of the edition's TEI "
     "with --tei, or plain-text exports with --sources [build.no-documents]",
     "Point --tei (or the configuration's tei) at the folder of the TEI files, which may be in subfolders; or put "
     "plain-text exports in sources/."},

    // The FRUS splitter.
    {rules::kSplitNoDocuments, S::kWarning, kFixed, "a file given to split has no <div type=\"document\">",
     "frus1951v07p1.xml: warning: no <div type=\"document\"> found; nothing was written (is this a FRUS volume?) "
     "[split.no-documents]",
     "Give split FRUS volumes only; other TEI needs no splitting."},

    // The edition build.
    {rules::kBuildLocked, S::kError, kFixed, "another teipress build is writing to the same output directory",
     "output: error: another teipress build is writing to this output directory (output/.teipress/lock is locked): "
     "wait for it to finish, or build into another --out [build.locked]",
     "Wait for the other build to finish (two builds of one output directory would mix their outputs and logs), "
     "or give this one another --out."},
    {rules::kBuildDuplicateRecord, S::kWarning, kFixed, "two sources of the edition name the same archive record",
     "sources/113009 (1).txt: warning: names the same record (113009) as sources/113009.txt, which is converted to "
     "tei/113009.xml; this one is not converted (remove the duplicate source) [build.duplicate-record]",
     "Remove the duplicate export from sources/. The source named after its record wins, else the first in path "
     "order, in every build."},
    {rules::kBuildVolumeWithoutDocument, S::kWarning, kFixed,
     "a document FOP could not print was left out of the volume's PDF (with --drafts: a placeholder in its place)",
     "output/print/edition.fo: warning: 113009 could not be printed (see its diagnostics): the volume is printed "
     "without it (with --drafts, with a placeholder in its place) [build.volume-without-document]",
     "Fix what the document's own diagnostics say (usually a character no font has); the next build prints the "
     "volume whole."},
};

// Appends each id once per process to the file TEIPRESS_RULE_LOG names: one write() of a whole
// line with O_APPEND, so that the test processes ctest runs in parallel can share one file.
class RuleLog {
 public:
  static RuleLog& Instance() {
    static RuleLog log;
    return log;
  }

  void Note(std::string_view id, bool from_schema) {
    if (path_.empty()) return;
    std::string line = std::string(from_schema ? "schema-rule " : "rule ") + std::string(id) + "\n";
    std::lock_guard<std::mutex> lock(mutex_);
    if (!seen_.insert(line).second) return;
    const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0) return;
    [[maybe_unused]] const ssize_t written = ::write(fd, line.data(), line.size());
    ::close(fd);
  }

 private:
  RuleLog() {
    const char* path = std::getenv("TEIPRESS_RULE_LOG");
    if (path) path_ = path;
  }

  std::string path_;
  std::mutex mutex_;
  std::set<std::string> seen_;
};

}  // namespace

RuleId::operator std::string() const {
  NoteRuleProduced(id_);
  return id_;
}

std::span<const DiagnosticRule> DiagnosticCatalog() { return kCatalog; }

const DiagnosticRule* FindDiagnosticRule(std::string_view id) {
  for (const DiagnosticRule& entry : kCatalog) {
    if (entry.rule.id() == id) return &entry;
  }
  return nullptr;
}

void NoteRuleProduced(std::string_view id, bool from_schema) { RuleLog::Instance().Note(id, from_schema); }

}  // namespace teipress

#!/usr/bin/env python3
"""Times every shape of tests/convert/pathological_test.cc at n/4 and n (and 4n with --long), as
exports converted by `teipress convert`, in user CPU seconds: the test's timeout catches only the
grossly quadratic, a ratio well above 4 shows the rest (BENCHMARKS.md, Conversion).
Usage: tests/bench/pathological_bench.py BUILD/teipress [--long]. The shapes are the test's Cases()."""
import resource, subprocess, sys, tempfile
HEAD = ("\n\nAugust 28, 1951\n\nPathological input\n\nCitation:\n\n\u201CPathological input,\u201D August 28, 1951, History "
        "and Public Policy Program Digital Archive, APRF, Fond 3, Opis 65, Delo 829, Listy 4-5.\n"
        "<http://digitalarchive.wilsoncenter.org/document/999999>\n\nSummary:\n\nS.\n\nOriginal Language:\n\nRussian\n\n"
        "Contents:\n\n- English Translation\n\n")

SHAPES = [  # (name, the body for n repetitions, n)
    ("many_unclosed_brackets", lambda n: "["*n, 100000),
    ("many_stray_closing_brackets", lambda n: "a] "*n, 100000),
    ("deeply_nested_brackets", lambda n: "["*n + "x" + "]"*n, 50000),
    ("many_notes_in_one_paragraph", lambda n: "word [an indication] "*n, 20000),
    ("many_sic_marks", lambda n: "15 percent [sic] "*n, 20000),
    ("many_uncertain_names", lambda n: "Vereshchagin [?] and "*n, 30000),
    ("many_names_and_dates", lambda n: "Comrade Mao Zedong met Filippov on 28 August 1951 in Beijing. "*n, 20000),
    ("many_lines", lambda n: "A line of text.\n"*n, 40000),
    ("many_list_items", lambda n: "1. item\n"*n, 20000),
    ("many_dated_entries", lambda n: "2 June 1958\nText of the entry.\n"*n, 10000),
    ("many_unclosed_quotations", lambda n: "\"Comrade Mao Zedong!\nText.\n"*n, 10000),
    ("many_separators", lambda n: "Text.\n* * *\n"*n, 20000),
    ("multi_line_notes_never_closed", lambda n: "[stamp:\nline\n"*n, 30000),
    ("many_footnotes", lambda n: "Text [1]\n"*n + "\n[1] The note.\n", 20000),
    ("one_huge_paragraph", lambda n: "The delegation discussed the negotiations at length. "*n, 40000),
]


def cpu_seconds(binary, workdir, text):
    source = workdir + "/999999.txt"
    with open(source, "w", encoding="utf-8") as f:
        f.write(HEAD + text)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    subprocess.run([binary, "convert", "--force", "-o", workdir + "/out", source],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before


def main():
    binary, long_run = sys.argv[1], "--long" in sys.argv[2:]
    with tempfile.TemporaryDirectory() as workdir:
        for name, shape, n in SHAPES:
            quarter, full = cpu_seconds(binary, workdir, shape(n // 4)), cpu_seconds(binary, workdir, shape(n))
            line = f"{name:32s} n/4 {quarter:6.2f} s  n {full:6.2f} s  ratio {full / max(quarter, 1e-3):4.1f}"
            if long_run:
                line += f"  4n {cpu_seconds(binary, workdir, shape(4 * n)):6.2f} s"
            print(line, flush=True)


if __name__ == "__main__":
    main()

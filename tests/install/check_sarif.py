"""Checks a SARIF log that `teipress validate --format sarif` wrote: valid against the official
SARIF 2.1.0 schema (tests/data/sarif), and saying what the JSON report of the same run says.

usage: check_sarif.py SCHEMA SARIF_LOG JSON_REPORT
Exit 0 when both hold; otherwise each problem on standard error and exit 1."""
import json
import sys

import jsonschema

schema_path, sarif_path, json_path = sys.argv[1:4]
schema = json.load(open(schema_path, encoding="utf-8"))
log = json.load(open(sarif_path, encoding="utf-8"))
report = json.load(open(json_path, encoding="utf-8"))
validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
problems = [f"schema: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]

# The checker must be able to fail: a result without a message, a line 0 and an unknown level are
# each refused by the schema.
for mutate in (lambda r: r.pop("message"), lambda r: r["locations"][0]["physicalLocation"].update(region={"startLine": 0}),
               lambda r: r.update(level="fatal")):
    broken = json.loads(json.dumps(log))
    results = broken["runs"][0]["results"]
    if not results:
        break
    mutate(results[0])
    if validator.is_valid(broken):
        problems.append("the schema accepted a broken log: the check proves nothing")

run = log["runs"][0]
if run["tool"]["driver"]["name"] != "teipress":
    problems.append("the tool is not teipress")
rules = run["tool"]["driver"].get("rules", [])
for result in run["results"]:
    if "ruleIndex" in result and rules[result["ruleIndex"]]["id"] != result["ruleId"]:
        problems.append(f"ruleIndex {result['ruleIndex']} does not point at {result['ruleId']}")
# The same findings as the JSON report: file, line, column, level, rule and message.
expected = sorted((d["line"], d["column"], d["severity"], d["rule"], d["message"]) for f in report for d in f["diagnostics"])
found = []
for result in run["results"]:
    region = result["locations"][0]["physicalLocation"].get("region", {})
    found.append((region.get("startLine", 0), region.get("startColumn", 0), result["level"], result.get("ruleId", ""),
                  result["message"]["text"]))
if sorted(found) != expected:
    problems.append(f"results differ from the JSON report:\n  sarif: {sorted(found)}\n  json:  {expected}")
if len(run.get("artifacts", [])) != len(report):
    problems.append(f"{len(run.get('artifacts', []))} artifacts for {len(report)} validated files")

for problem in problems:
    print(f"{sarif_path}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)

#!/usr/bin/env python3
"""Recompute the change since the previous period from the OULAD CSV files and compare it with results.json.

Usage: period_comparison.py DATA_DIR RESULTS_JSON

RESULTS_JSON comes from a report run with a period other than all, such as --period 2014J. The
script reads the period's presentations from results.json (period.presentations) and recomputes the
rest with the csv module, sharing no code with EduReport:

- each module of the period is compared with as many of its presentations just before the period
  as the period has (one for a single presentation);
- modules without an earlier presentation are left out of the totals on both sides;
- the figures follow the report's default definitions: pass threshold 40, banked results included,
  churn counts every unregistration, a late submission is a non-banked one made after the
  assessment's date, significance level 0.05.

It prints one line per figure and exits with status 1 when any figure differs.
"""
import csv
import json
import math
import os
import sys
from collections import defaultdict

PASS = 40.0
ALPHA = 0.05


def read(folder, name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def number(text):
    return None if text.strip() == "" else float(text)


def presentation_key(code):
    return (int(code[:4]), code[4])


def two_proportions(s1, n1, s2, n2):
    """Pearson X² of a 2 × 2 table without continuity correction, and its p-value; None when it cannot be run."""
    total_s, total_n = s1 + s2, n1 + n2
    if n1 == 0 or n2 == 0 or total_s in (0, total_n):
        return None
    p = total_s / total_n
    x = 0.0
    for s, n in ((s1, n1), (s2, n2)):
        es, ef = n * p, n * (1 - p)
        if min(es, ef) < 5:
            return None
        x += (s - es) ** 2 / es + ((n - s) - ef) ** 2 / ef
    # One degree of freedom: P(X² ≥ x) = erfc(sqrt(x / 2)).
    return x, math.erfc(math.sqrt(x / 2))


def holm(ps):
    m = len(ps)
    order = sorted(range(m), key=lambda i: (ps[i], i))
    adjusted, running = [0.0] * m, 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        adjusted[i] = running
    return adjusted


class Data:
    def __init__(self, folder):
        self.courses = read(folder, "courses.csv")
        self.assessments = {a["id_assessment"]: a for a in read(folder, "assessments.csv")}
        self.submissions = read(folder, "studentAssessment.csv")
        self.registrations = read(folder, "studentRegistration.csv")

    def figures(self, courses):
        """Returns the totals and the per-module sums over a set of (module, presentation) courses."""
        students, registered = set(), set()
        modules = defaultdict(lambda: defaultdict(float))
        for r in self.registrations:
            course = (r["code_module"], r["code_presentation"])
            if course not in courses or (r["id_student"], course) in registered:
                continue
            registered.add((r["id_student"], course))
            students.add(r["id_student"])
            row = modules[course[0]]
            row["registrations"] += 1
            row["unregistrations"] += r["date_unregistration"].strip() != ""

        passed = defaultdict(set)
        for s in self.submissions:
            a = self.assessments.get(s["id_assessment"])
            if a is None:
                continue
            course = (a["code_module"], a["code_presentation"])
            if course not in courses:
                continue
            students.add(s["id_student"])
            row = modules[course[0]]
            banked = s["is_banked"] == "1"
            deadline, submitted = number(a["date"]), number(s["date_submitted"])
            if not banked and deadline is not None and submitted is not None:
                row["dated"] += 1
                row["late"] += submitted > deadline
            score = number(s["score"])
            if score is None or a["assessment_type"] != "Exam":
                continue
            row["attempts"] += 1
            row["score_sum"] += score
            if score >= PASS:
                row["passes"] += 1
                passed[s["id_student"]].add(course)

        totals = defaultdict(float)
        for row in modules.values():
            for key, value in row.items():
                totals[key] += value
        totals["students"] = len(students)
        totals["courses"] = len(courses)
        totals["one_course"] = sum(1 for s in students if len(passed.get(s, ())) == 1)
        return totals, modules


class Checker:
    def __init__(self):
        self.failures = 0

    def same(self, label, expected, actual, tolerance=1e-9):
        if isinstance(expected, float) or isinstance(actual, float):
            ok = (expected is None) == (actual is None) and (expected is None or abs(expected - actual) <= tolerance * max(1.0, abs(expected)))
        else:
            ok = expected == actual
        self.failures += not ok
        print(f"{'ok  ' if ok else 'DIFF'} {label}: expected {expected!r}, results.json {actual!r}")


def share(count, total):
    return count / total if total else None


def check_rate(check, label, now, before, count_key, total_key, result, adjusted=None):
    current, previous = share(now[count_key], now[total_key]), share(before[count_key], before[total_key])
    check.same(f"{label} current", current, result["current"])
    check.same(f"{label} previous", previous, result["previous"])
    if current is not None and previous is not None:
        check.same(f"{label} change", current - previous, result["delta"])
    test = two_proportions(int(now[count_key]), int(now[total_key]), int(before[count_key]), int(before[total_key]))
    check.same(f"{label} p-value", None if test is None else test[1], None if result["test"] is None else result["test"]["pValue"], 1e-6)
    if adjusted is not None:
        check.same(f"{label} Holm-adjusted p-value", adjusted, result["adjustedPValue"], 1e-6)
    return test


def main(folder, results_path):
    data = Data(folder)
    with open(results_path, encoding="utf-8") as f:
        results = json.load(f)
    check = Checker()

    period = results["period"]["presentations"]
    by_module = defaultdict(list)
    for c in data.courses:
        by_module[c["code_module"]].append(c["code_presentation"])
    compared = {}
    for module, presentations in by_module.items():
        presentations.sort(key=presentation_key)
        inside = [p for p in presentations if p in period]
        if not inside:
            continue
        first = presentations.index(inside[0])
        previous = presentations[max(0, first - len(inside)):first]
        if previous:
            compared[module] = (inside, previous)

    comparison = results["periodComparison"]
    check.same("compared modules", sorted(compared), sorted(b for group in comparison["comparedWith"] for b in group["modules"]))
    for module, (_, previous) in compared.items():
        group = next(g for g in comparison["comparedWith"] if module in g["modules"])
        check.same(f"{module} compared with", previous, group["previousPresentations"])

    now_courses = {(m, p) for m, (inside, _) in compared.items() for p in inside}
    before_courses = {(m, p) for m, (_, previous) in compared.items() for p in previous}
    now, now_modules = data.figures(now_courses)
    before, before_modules = data.figures(before_courses)

    for key, name in (("students", "students"), ("registrations", "registrations"), ("courses", "courses")):
        check.same(f"{name} current", int(now[key]), comparison[name]["current"])
        check.same(f"{name} previous", int(before[key]), comparison[name]["previous"])
    check_rate(check, "single-course passers", {**now, "all": now["students"]}, {**before, "all": before["students"]}, "one_course", "all", comparison["singleCoursePassers"])
    check_rate(check, "completion rate", now, before, "passes", "attempts", comparison["completionRate"])
    check_rate(check, "churn", now, before, "unregistrations", "registrations", comparison["churnRate"])
    check_rate(check, "late share", now, before, "late", "dated", comparison["lateShare"])
    check.same("mean exam score current", share(now["score_sum"], now["attempts"]), comparison["meanExamScore"]["current"])
    check.same("mean exam score previous", share(before["score_sum"], before["attempts"]), comparison["meanExamScore"]["previous"])

    rows = {row["module"]: row for row in comparison["modules"]}
    tests = {}
    for module in sorted(compared):
        now_row, before_row = now_modules[module], before_modules[module]
        check.same(f"{module} registrations", (int(now_row["registrations"]), int(before_row["registrations"])),
                   (rows[module]["registrations"]["current"], rows[module]["registrations"]["previous"]))
        test = two_proportions(int(now_row["passes"]), int(now_row["attempts"]), int(before_row["passes"]), int(before_row["attempts"]))
        if test is not None:
            tests[module] = test[1]
    adjusted = dict(zip(tests, holm(list(tests.values()))))
    for module in sorted(compared):
        check_rate(check, f"{module} completion rate", now_modules[module], before_modules[module], "passes", "attempts",
                   rows[module]["completionRate"], adjusted.get(module))
        check_rate(check, f"{module} churn", now_modules[module], before_modules[module], "unregistrations", "registrations", rows[module]["churnRate"])

    print(f"{check.failures} differences")
    return 1 if check.failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))

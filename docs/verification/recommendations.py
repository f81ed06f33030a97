#!/usr/bin/env python3
"""Recompute the evidence of the recommendation rules over exams, churn, courses, semesters and data
quality from the OULAD CSV files, and compare it with results.json.

Usage: recommendations.py DATA_DIR RESULTS_JSON

The script follows the report's default definitions (pass threshold 40, banked results included, a
course is a module in one presentation, churn counts every unregistration, 30 attempts to rank,
significance level 0.05) and the thresholds shipped in templates/config/recommendations.json. It
reads the tables with the csv module and shares no code with EduReport. It prints one line per
figure and exits with status 1 when any figure differs.
"""
import csv
import json
import math
import os
import sys
from collections import Counter, defaultdict
from statistics import NormalDist

PASS = 40.0
MIN_ATTEMPTS_TO_RANK = 30
ALPHA = 0.05
Z = NormalDist().inv_cdf(0.975)

# templates/config/recommendations.json as shipped.
HARDEST_MAX_PASS_RATE, HARDEST_MIN_ATTEMPTS = 0.85, 100
CHURN_MIN_RATE, CHURN_MIN_REGISTRATIONS = 0.3, 100
LOW_COMPLETION_MIN_COURSES = 1
WEAKEST_MAX_RATE, WEAKEST_MIN_MODULES = 0.85, 2
UNREGISTRATIONS_MIN = 1


def read(folder, name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def number(text):
    return None if text.strip() == "" else float(text)


def wilson(k, n):
    p = k / n
    d = 1 + Z * Z / n
    c = (p + Z * Z / (2 * n)) / d
    h = Z / d * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return (0.0 if k == 0 else c - h, 1.0 if k == n else c + h)


def chi_squared(groups):
    """Pearson's X² of a k × 2 table, its degrees of freedom and p-value; None when an expected count is below 5."""
    total_s = sum(s for s, _ in groups)
    total_n = sum(n for _, n in groups)
    if len(groups) < 2 or total_s in (0, total_n):
        return None
    p = total_s / total_n
    x = 0.0
    for s, n in groups:
        es, ef = n * p, n * (1 - p)
        if min(es, ef) < 5:
            return None
        x += (s - es) ** 2 / es + ((n - s) - ef) ** 2 / ef
    df = len(groups) - 1
    return x, df, upper_tail(x, df)


def upper_tail(x, df):
    """P(X² ≥ x) by the closed-form series for odd and even degrees of freedom."""
    if df % 2 == 0:
        term, total = 1.0, 1.0
        for i in range(1, df // 2):
            term *= (x / 2) / i
            total += term
        return math.exp(-x / 2) * total
    total = math.erfc(math.sqrt(x / 2))
    term = math.sqrt(2 * x / math.pi) * math.exp(-x / 2)
    for i in range(1, (df + 1) // 2):
        total += term
        term *= x / (2 * i + 1)
    return total


def holm(ps):
    order = sorted(range(len(ps)), key=lambda i: (ps[i], i))
    adjusted, running = [0.0] * len(ps), 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(ps) - rank) * ps[i]))
        adjusted[i] = running
    return adjusted


def presentation_key(code):
    return (int(code[:4]), code[4])


class Checker:
    def __init__(self):
        self.failures = 0

    def same(self, label, expected, actual, tolerance=1e-9):
        if isinstance(expected, float) or isinstance(actual, float):
            ok = expected is not None and actual is not None and abs(expected - actual) <= tolerance * max(1.0, abs(expected))
        else:
            ok = expected == actual
        self.failures += not ok
        print(f"{'ok  ' if ok else 'DIFF'} {label}: expected {expected!r}, results.json {actual!r}")


def main(folder, results_path):
    courses = {(c["code_module"], c["code_presentation"]) for c in read(folder, "courses.csv")}
    assessments = {a["id_assessment"]: a for a in read(folder, "assessments.csv")}
    submissions = read(folder, "studentAssessment.csv")
    registrations = read(folder, "studentRegistration.csv")
    with open(results_path, encoding="utf-8") as f:
        results = json.load(f)
    recommendations = results["recommendations"]
    items = {item["rule"]: item for item in recommendations["items"]}
    checks = {c["rule"]: c for c in recommendations["checks"]}
    check = Checker()

    # Exam attempts: scored submissions of exams of known courses, banked ones included.
    attempts, passes, score_sum = Counter(), Counter(), defaultdict(float)
    for s in submissions:
        a = assessments.get(s["id_assessment"])
        score = number(s["score"])
        if a is None or a["assessment_type"] != "Exam" or score is None or (a["code_module"], a["code_presentation"]) not in courses:
            continue
        attempts[s["id_assessment"]] += 1
        passes[s["id_assessment"]] += score >= PASS
        score_sum[s["id_assessment"]] += score

    def course(exam):
        return assessments[exam]["code_module"], assessments[exam]["code_presentation"]

    # Hardest exam: lowest pass rate among exams with at least 100 attempts (ties: more attempts, then id).
    minimum = max(HARDEST_MIN_ATTEMPTS, MIN_ATTEMPTS_TO_RANK)
    candidates = [e for e in attempts if attempts[e] >= minimum]
    hardest = min(candidates, key=lambda e: (passes[e] / attempts[e], -attempts[e], int(e)))
    easiest = min(candidates, key=lambda e: (-passes[e] / attempts[e], -attempts[e], int(e)))
    evidence = items["hardest_exam"]["evidence"]
    rate = passes[hardest] / attempts[hardest]
    check.same("hardest exam fires", rate <= HARDEST_MAX_PASS_RATE, "hardest_exam" in items)
    check.same("hardest exam id", int(hardest), evidence["exam"]["idAssessment"])
    check.same("hardest exam course", list(course(hardest)), [evidence["exam"]["module"], evidence["exam"]["presentation"]])
    check.same("hardest exam attempts", attempts[hardest], evidence["exam"]["attempts"])
    check.same("hardest exam passed", passes[hardest], evidence["exam"]["passed"])
    check.same("hardest exam pass rate", rate, evidence["exam"]["passRate"])
    low, high = wilson(passes[hardest], attempts[hardest])
    check.same("hardest exam interval low", low, evidence["exam"]["ciLow"])
    check.same("hardest exam interval high", high, evidence["exam"]["ciHigh"])
    check.same("hardest exam mean score", score_sum[hardest] / attempts[hardest], evidence["exam"]["meanScore"])
    check.same("exams compared", len(candidates), evidence["examsCompared"])
    check.same("all exam attempts", sum(attempts.values()), evidence["allAttempts"])
    check.same("all exam pass rate", sum(passes.values()) / sum(attempts.values()), evidence["allPassRate"])
    check.same("easiest exam id", int(easiest), evidence["easiest"]["idAssessment"])
    check.same("easiest exam pass rate", passes[easiest] / attempts[easiest], evidence["easiest"]["passRate"])
    test = chi_squared([(passes[hardest], attempts[hardest]), (passes[easiest], attempts[easiest])])
    check.same("hardest against easiest statistic", test[0], evidence["hardestVsEasiest"]["statistic"])
    check.same("hardest against easiest p-value", test[2], evidence["hardestVsEasiest"]["pValue"], 1e-6)

    # Registrations: one per student and known course; churn counts every unregistration date.
    seen, registered, unregistered = set(), Counter(), Counter()
    for r in registrations:
        key = (r["id_student"], r["code_module"], r["code_presentation"])
        if (key[1], key[2]) not in courses or key in seen:
            continue
        seen.add(key)
        registered[key[1]] += 1
        unregistered[key[1]] += r["date_unregistration"].strip() != ""

    # Module with the highest churn among modules with at least 100 registrations.
    compared = [m for m in registered if registered[m] >= CHURN_MIN_REGISTRATIONS]
    top = min(compared, key=lambda m: (-unregistered[m] / registered[m], -registered[m], m))
    other_registered = sum(registered[m] for m in registered if m != top)
    other_unregistered = sum(unregistered[m] for m in registered if m != top)
    evidence = items["highest_churn_module"]["evidence"]
    churn = unregistered[top] / registered[top]
    check.same("churn fires", churn >= CHURN_MIN_RATE and other_unregistered / other_registered < churn, "highest_churn_module" in items)
    check.same("churn module", top, evidence["module"])
    check.same("churn presentations", len({p for (_, m, p) in seen if m == top}), evidence["courses"])
    check.same("churn registrations", registered[top], evidence["registrations"])
    check.same("churn unregistrations", unregistered[top], evidence["unregistrations"])
    check.same("churn rate", churn, evidence["churnRate"])
    low, high = wilson(unregistered[top], registered[top])
    check.same("churn interval low", low, evidence["ciLow"])
    check.same("churn interval high", high, evidence["ciHigh"])
    check.same("modules compared", len(compared), evidence["modulesCompared"])
    check.same("other registrations", other_registered, evidence["otherRegistrations"])
    check.same("other unregistrations", other_unregistered, evidence["otherUnregistrations"])
    check.same("other churn rate", other_unregistered / other_registered, evidence["otherChurnRate"])

    # Courses whose completion is significantly lower than the rest: 2 × 2 tests, Holm-corrected.
    course_attempts, course_passes = Counter(), Counter()
    for e in attempts:
        course_attempts[course(e)] += attempts[e]
        course_passes[course(e)] += passes[e]
    total_n, total_s = sum(course_attempts.values()), sum(course_passes.values())
    tested = []
    for c in sorted(courses, key=lambda c: (c[0], presentation_key(c[1]))):
        n, s = course_attempts[c], course_passes[c]
        if n and total_n - n:
            result = chi_squared([(s, n), (total_s - s, total_n - n)])
            if result:
                tested.append((c, s / n, (total_s - s) / (total_n - n), result[2]))
    adjusted = holm([p for *_, p in tested])
    lower = sorted(((f"{c[0]} {c[1]}", rate, rest, a) for (c, rate, rest, _), a in zip(tested, adjusted) if a <= ALPHA and rate < rest), key=lambda x: x[1])
    higher = sorted(((f"{c[0]} {c[1]}", rate) for (c, rate, rest, _), a in zip(tested, adjusted) if a <= ALPHA and rate > rest), key=lambda x: -x[1])
    evidence = items["low_completion_courses"]["evidence"]
    check.same("low completion fires", len(lower) >= LOW_COMPLETION_MIN_COURSES, "low_completion_courses" in items)
    check.same("courses tested", len(tested), evidence["coursesTested"])
    check.same("all completion rate", total_s / total_n, evidence["allCompletionRate"])
    check.same("courses lower", [x[0] for x in lower], [x["code"] for x in evidence["lower"]])
    for (code, rate, rest, a), row in zip(lower, evidence["lower"]):
        check.same(f"{code} completion rate", rate, row["completionRate"])
        check.same(f"{code} rate of the rest", rest, row["rateOfRest"])
        check.same(f"{code} adjusted p-value", a, row["adjustedPValue"], 1e-6)
    check.same("courses higher", [x[0] for x in higher], [x["code"] for x in evidence["higher"]])
    check.same("low completion reach", sum(course_attempts[tuple(code.split())] for code, *_ in lower), items["low_completion_courses"]["reach"])

    # Weakest semester: fires only when the presentations differ and its exams span two modules.
    by_presentation_n, by_presentation_s, modules = Counter(), Counter(), defaultdict(set)
    for e in attempts:
        module, presentation = course(e)
        by_presentation_n[presentation] += attempts[e]
        by_presentation_s[presentation] += passes[e]
        modules[presentation].add(module)
    weakest = min(by_presentation_n, key=lambda p: (by_presentation_s[p] / by_presentation_n[p], -by_presentation_n[p], presentation_key(p)))
    test = chi_squared([(by_presentation_s[p], by_presentation_n[p]) for p in by_presentation_n])
    rate = by_presentation_s[weakest] / by_presentation_n[weakest]
    fires = test[2] <= ALPHA and rate <= WEAKEST_MAX_RATE and len(modules[weakest]) >= WEAKEST_MIN_MODULES
    print(f"     weakest semester {weakest}: rate {rate:.4f}, p {test[2]:.2e}, exam modules {sorted(modules[weakest])}")
    check.same("weakest semester fires", fires, "weakest_semester" in items)
    check.same("weakest semester measured", rate, checks["weakest_semester"]["measured"])

    # Unregistrations without a registration date, and the registrations without one in all.
    lines = [i + 2 for i, r in enumerate(registrations) if r["date_registration"].strip() == "" and r["date_unregistration"].strip() != ""]
    evidence = items["unregistrations_without_registration_date"]["evidence"]
    check.same("unregistrations fire", len(lines) >= UNREGISTRATIONS_MIN, "unregistrations_without_registration_date" in items)
    check.same("unregistrations without a registration date", len(lines), evidence["unregistrations"])
    check.same("registrations without a registration date", sum(r["date_registration"].strip() == "" for r in registrations), evidence["registrationsWithoutDate"])
    check.same("registrations", len(registrations), evidence["registrations"])
    check.same("example lines", lines[:3], [x["line"] for x in evidence["examples"]])

    # Ranking: by reach times weight (all weights 1), the engine's rule order breaking ties.
    order = [c["rule"] for c in recommendations["checks"]]
    ranked = sorted(recommendations["items"], key=lambda i: (-i["reach"], order.index(i["rule"])))
    check.same("ranking", [i["rule"] for i in ranked], [i["rule"] for i in recommendations["items"]])

    print(f"{check.failures} differences")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))

#!/usr/bin/env python3
"""Recompute the report's figures from the OULAD CSV files and compare them with results.json.

Usage: check_questions.py DATA_DIR RESULTS_JSON

The script reads the four tables with the csv module and follows the definitions stated in the
report (default options: pass threshold 40, banked results included, a course is a module in one
presentation, churn counts every unregistration, 30 attempts to rank, significance level 0.05).
It shares no code with EduReport. It prints one line per figure and exits with status 1 when any
figure differs from results.json.
"""
import csv
import json
import math
import os
import sys
from collections import Counter, defaultdict
from statistics import NormalDist, quantiles

PASS = 40.0
MIN_ATTEMPTS = 30
ALPHA = 0.05
Z = NormalDist().inv_cdf(0.975)


def read(folder, name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def number(text):
    return None if text.strip() == "" else float(text)


def presentation_key(code):
    return (int(code[:4]), code[4])


def wilson(k, n):
    p = k / n
    d = 1 + Z * Z / n
    c = (p + Z * Z / (2 * n)) / d
    h = Z / d * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return (0.0 if k == 0 else c - h, 1.0 if k == n else c + h)


def chi_squared(groups):
    """Pearson X² of a k × 2 table and its p-value, or None when an expected count is below 5."""
    groups = [(s, n) for s, n in groups if n > 0]
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
    """P(X² ≥ x): closed forms for 1 and 2 degrees of freedom, the series for odd and even df otherwise."""
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
    m = len(ps)
    order = sorted(range(m), key=lambda i: (ps[i], i))
    adjusted, running = [0.0] * m, 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        adjusted[i] = running
    return adjusted


def summary(values):
    values = sorted(values)
    n = len(values)
    mean = sum(values) / n
    q1, median, q3 = quantiles(values, n=4, method="inclusive")
    m2 = sum((v - mean) ** 2 for v in values) / n
    m3 = sum((v - mean) ** 3 for v in values) / n
    skew = m3 / m2 ** 1.5 * math.sqrt(n * (n - 1)) / (n - 2) if m2 > 0 and n > 2 else None
    return {"count": n, "mean": mean, "min": values[0], "lowerQuartile": q1, "median": median,
            "upperQuartile": q3, "max": values[-1], "skewness": skew}


class Checker:
    def __init__(self):
        self.failures = 0
        self.checks = 0

    def same(self, label, expected, actual, tolerance=1e-9):
        self.checks += 1
        if isinstance(expected, float) or isinstance(actual, float):
            ok = expected is not None and actual is not None and abs(expected - actual) <= tolerance * max(1.0, abs(expected))
        else:
            ok = expected == actual
        if not ok:
            self.failures += 1
        print(f"{'ok  ' if ok else 'DIFF'} {label}: expected {expected!r}, results.json {actual!r}")


def main(folder, results_path):
    courses = read(folder, "courses.csv")
    assessments = {a["id_assessment"]: a for a in read(folder, "assessments.csv")}
    submissions = read(folder, "studentAssessment.csv")
    registrations = read(folder, "studentRegistration.csv")
    with open(results_path, encoding="utf-8") as f:
        results = json.load(f)
    check = Checker()

    course_keys = {(c["code_module"], c["code_presentation"]) for c in courses}
    course_of = {i: (a["code_module"], a["code_presentation"]) for i, a in assessments.items()}

    # Registrations, one per student and course.
    registered = {}
    for r in registrations:
        key = (r["id_student"], (r["code_module"], r["code_presentation"]))
        if key[1] in course_keys and key not in registered:
            registered[key] = r

    # Enrolments: registrations, and submissions in a known course.
    enrolments = set(registered)
    students = {r["id_student"] for r in registrations} | {s["id_student"] for s in submissions}
    exam_attempts = []  # (student, course, id_assessment, score, day)
    coursework = defaultdict(list)
    delays, late_by_course, dated_by_course = [], Counter(), Counter()
    scores_by_type = defaultdict(list)
    for s in submissions:
        a = assessments.get(s["id_assessment"])
        if a is None or course_of[s["id_assessment"]] not in course_keys:
            continue
        course = course_of[s["id_assessment"]]
        enrolments.add((s["id_student"], course))
        banked = s["is_banked"] == "1"
        deadline, submitted = number(a["date"]), number(s["date_submitted"])
        if not banked and deadline is not None and submitted is not None:
            delays.append(submitted - deadline)
            dated_by_course[course] += 1
            if submitted > deadline:
                late_by_course[course] += 1
        score = number(s["score"])
        if score is None:
            continue
        scores_by_type[a["assessment_type"]].append(score)
        if a["assessment_type"] == "Exam":
            exam_attempts.append((s["id_student"], course, s["id_assessment"], score, submitted))
        else:
            coursework[course].append(score)

    # 1. Students by courses passed.
    passed_courses = defaultdict(set)
    pass_day = {}
    for student, course, _, score, day in exam_attempts:
        if score >= PASS:
            passed_courses[student].add(course)
            if day is not None:
                pass_day[(student, course)] = max(day, pass_day.get((student, course), day))
    histogram = Counter(len(passed_courses.get(s, ())) for s in students)
    q1 = results["singleCoursePassers"]
    check.same("1 students who passed exactly one course", histogram[1], q1["students"])
    check.same("1 distribution", [histogram[i] for i in range(max(histogram) + 1)], [r["students"] for r in q1["distribution"]])

    # 2. Exams by completion rate.
    by_exam = defaultdict(lambda: [0, 0])
    for _, _, exam, score, _ in exam_attempts:
        by_exam[exam][0] += 1
        by_exam[exam][1] += score >= PASS
    exams = [i for i, a in assessments.items() if a["assessment_type"] == "Exam"]
    without = sorted(int(i) for i in exams if by_exam[i][0] == 0)
    q2 = results["examDifficulty"]
    check.same("2 exams without attempts", without, sorted(q2["examsWithoutAttempts"]))
    for row in q2["exams"]:
        attempts, passed = by_exam[str(row["idAssessment"])]
        low, high = wilson(passed, attempts)
        check.same(f"2 exam {row['idAssessment']} attempts", attempts, row["attempts"])
        check.same(f"2 exam {row['idAssessment']} passed", passed, row["passed"])
        check.same(f"2 exam {row['idAssessment']} interval", (round(low, 9), round(high, 9)), (round(row["ciLow"], 9), round(row["ciHigh"], 9)))
    ranked = [(p / n, -n, int(i)) for i, (n, p) in by_exam.items() if n >= MIN_ATTEMPTS]
    check.same("2 hardest exam", min(ranked)[2], q2["hardest"]["idAssessment"])
    check.same("2 easiest exam", min((-r, n, i) for r, n, i in ranked)[2], q2["easiest"]["idAssessment"])

    # 3. Pass days by module and by course.
    days_by_course = defaultdict(list)
    for (_, course), day in pass_day.items():
        days_by_course[course].append(day)
    q3 = results["examPassDay"]
    for row in q3["byCourse"]:
        days = days_by_course[(row["module"], row["presentation"])]
        stats = summary(days)
        check.same(f"3 pass days {row['module']} {row['presentation']} students", len(days), row["students"])
        check.same(f"3 pass days {row['module']} {row['presentation']} mean", stats["mean"], row["mean"])
        check.same(f"3 pass days {row['module']} {row['presentation']} median", stats["median"], row["median"])
        check.same(f"3 pass days {row['module']} {row['presentation']} earliest", min(days), row["min"])
        check.same(f"3 pass days {row['module']} {row['presentation']} latest", max(days), row["max"])
    for row in q3["byModule"]:
        days = [d for (m, _), ds in days_by_course.items() if m == row["module"] for d in ds]
        stats = summary(days)
        check.same(f"3 pass days {row['module']} students", len(days), row["students"])
        check.same(f"3 pass days {row['module']} mean", stats["mean"], row["mean"])
        check.same(f"3 pass days {row['module']} median", stats["median"], row["median"])

    # 4. Registrations and churn by module.
    reg_by_course, unreg_by_course, before_start = Counter(), Counter(), Counter()
    for (_, course), r in registered.items():
        reg_by_course[course] += 1
        if r["date_unregistration"].strip() != "":
            unreg_by_course[course] += 1
            before_start[course] += float(r["date_unregistration"]) <= 0
    reg_by_module, unreg_by_module = Counter(), Counter()
    for (m, _), n in reg_by_course.items():
        reg_by_module[m] += n
        unreg_by_module[m] += unreg_by_course[(m, _)]
    top_reg = sorted(reg_by_module, key=lambda m: (-reg_by_module[m], m))[:3]
    top_churn = sorted(reg_by_module, key=lambda m: (-unreg_by_module[m] / reg_by_module[m], -reg_by_module[m], m))[:3]
    q4 = results["popularity"]
    check.same("4 top modules by registrations", [(m, reg_by_module[m]) for m in top_reg], [(r["module"], r["registrations"]) for r in q4["topByRegistrations"]])
    check.same("4 top modules by churn", [(m, unreg_by_module[m], reg_by_module[m]) for m in top_churn],
               [(r["module"], r["unregistrations"], r["registrations"]) for r in q4["topByChurn"]])
    top_course_reg = sorted(reg_by_course, key=lambda c: (-reg_by_course[c], c[0], presentation_key(c[1])))[:3]
    check.same("4 top courses by registrations", [list(c) for c in top_course_reg], [[r["module"], r["presentation"]] for r in q4["byCourse"]["topByRegistrations"]])

    # 5. Presentations: completion and mean exam day.
    per_presentation = defaultdict(lambda: [0, 0, 0.0, 0])
    for _, (_, p), _, score, day in exam_attempts:
        row = per_presentation[p]
        row[0] += 1
        row[1] += score >= PASS
        if day is not None:
            row[2] += day
            row[3] += 1
    q5 = results["semesters"]
    lowest = min((passed / n, -n, presentation_key(p), p) for p, (n, passed, _, _) in per_presentation.items())[3]
    longest = min((-(total / count), -count, presentation_key(p), p) for p, (_, _, total, count) in per_presentation.items() if count)[3]
    check.same("5 lowest completion", lowest, q5["lowestCompletion"]["presentation"])
    check.same("5 lowest completion rate", per_presentation[lowest][1] / per_presentation[lowest][0], q5["lowestCompletion"]["completionRate"])
    check.same("5 latest mean exam day", longest, q5["longestSubmission"]["presentation"])
    check.same("5 latest mean exam day value", per_presentation[longest][2] / per_presentation[longest][3], q5["longestSubmission"]["meanExamDay"])
    test = chi_squared([(passed, n) for n, passed, _, _ in per_presentation.values()])
    check.same("5 chi-squared statistic", test[0], q5["completionTest"]["statistic"], 1e-9)
    check.same("5 chi-squared p-value", test[2], q5["completionTest"]["pValue"], 1e-6)

    # 6. Course comparison.
    q6 = results["courseComparison"]["courses"]
    attempts_by_course = Counter(c for _, c, _, _, _ in exam_attempts)
    passes_by_course = Counter(c for _, c, _, s, _ in exam_attempts if s >= PASS)
    score_sum = defaultdict(float)
    for _, c, _, s, _ in exam_attempts:
        score_sum[c] += s
    ordered = sorted(course_keys, key=lambda c: (c[0], presentation_key(c[1])))
    check.same("6 course rows", [list(c) for c in ordered], [[r["module"], r["presentation"]] for r in q6])
    for row in q6:
        c = (row["module"], row["presentation"])
        name = f"6 {c[0]} {c[1]}"
        check.same(name + " registrations", reg_by_course[c], row["registrations"])
        check.same(name + " unregistered before start", before_start[c], row["unregistrationsBeforeStart"])
        check.same(name + " unregistered after start", unreg_by_course[c] - before_start[c], row["unregistrationsAfterStart"])
        check.same(name + " exam attempts", attempts_by_course[c], row["examAttempts"])
        check.same(name + " completion", passes_by_course[c] / attempts_by_course[c] if attempts_by_course[c] else None, row["completionRate"])
        check.same(name + " mean exam score", score_sum[c] / attempts_by_course[c] if attempts_by_course[c] else None, row["meanExamScore"])
        days = days_by_course[c]
        check.same(name + " mean pass day", sum(days) / len(days) if days else None, row["meanPassDay"])
        work = coursework[c]
        check.same(name + " mean coursework score", sum(work) / len(work) if work else None, row["meanCourseworkScore"])
        check.same(name + " late share", late_by_course[c] / dated_by_course[c] if dated_by_course[c] else None, row["lateShare"])
    for metric, successes, trials in [("churn", unreg_by_course, reg_by_course), ("completion", passes_by_course, attempts_by_course), ("late", late_by_course, dated_by_course)]:
        total_s = sum(successes[c] for c in ordered)
        total_n = sum(trials[c] for c in ordered)
        tested = []
        for c in ordered:
            if trials[c] and total_n - trials[c]:
                result = chi_squared([(successes[c], trials[c]), (total_s - successes[c], total_n - trials[c])])
                if result:
                    tested.append((c, result[2]))
        adjusted = holm([p for _, p in tested])
        flagged = sorted(list(c) for (c, _), a in zip(tested, adjusted) if a <= ALPHA)
        key = {"churn": "churnFlag", "completion": "completionFlag", "late": "lateFlag"}[metric]
        actual = sorted([r["module"], r["presentation"]] for r in q6 if r[key] and r[key]["significant"])
        check.same(f"6 courses flagged on {metric}", flagged, actual)

    # 7. Distributions.
    q7 = results["distributions"]
    for entry, kind in zip(q7["scores"], ["TMA", "CMA", "Exam"]):
        stats = summary(scores_by_type[kind])
        for field in ["count", "mean", "lowerQuartile", "median", "upperQuartile", "skewness"]:
            check.same(f"7 {kind} score {field}", stats[field], entry["summary"][field], 1e-7)
    lead = [-float(r["date_registration"]) for r in registered.values() if r["date_registration"].strip() != ""]
    for name, values, entry in [("lead time", lead, q7["registrationLeadTime"]), ("delay", delays, q7["submissionDelay"])]:
        stats = summary(values)
        for field in ["count", "mean", "lowerQuartile", "median", "upperQuartile", "skewness"]:
            check.same(f"7 {name} {field}", stats[field], entry["summary"][field], 1e-7)
    per_student = Counter(s for s, _ in enrolments)
    counts = [per_student.get(s, 0) for s in students]
    distribution = Counter(counts)
    check.same("7 courses per student", [[k, distribution[k]] for k in sorted(distribution)],
               [[r["courses"], r["students"]] for r in q7["coursesPerStudent"]["distribution"]])
    stats = summary(counts)
    check.same("7 courses per student skewness", stats["skewness"], q7["coursesPerStudent"]["summary"]["skewness"], 1e-7)

    print(f"{check.checks - check.failures} of {check.checks} figures agree.")
    return 1 if check.failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))

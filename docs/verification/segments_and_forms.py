#!/usr/bin/env python3
"""Recompute the segment sizes and the coursework-exam correlation from the OULAD CSV files.

Independent of EduReport: it reads the four tables with the csv module and implements the
definitions from docs/results.md itself (quantile scores, fixed levels for F, the shipped segment
rules, Pearson and Spearman with average ranks for ties).

Usage: python3 segments_and_forms.py [OULAD_DIR]   (default: $EDUREPORT_OULAD_DIR)
"""
import csv
import math
import os
import sys
from collections import defaultdict

PASS = 40.0
BINS = 3


def read(folder, name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def quantile_levels(values, bins):
    """Lower bounds of scores 2..bins: the value at 0-based position floor(k*n/bins) of the sorted values."""
    s = sorted(values)
    return [s[(k * len(s)) // bins] for k in range(1, bins)]


def score(value, levels, scores=None):
    """1 plus the number of bounds at or below the value; with explicit scores, the score of the highest bound reached."""
    if value is None:
        return 0
    scores = scores or list(range(2, len(levels) + 2))
    result = 1
    for bound, s in zip(levels, scores):
        if value >= bound:
            result = s
    return result


def ranks(values):
    """Average ranks (1-based), ties sharing the mean of their positions."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.environ["EDUREPORT_OULAD_DIR"]
    assessments = {r["id_assessment"]: r for r in read(folder, "assessments.csv")}
    courses = {(r["code_module"], r["code_presentation"]) for r in read(folder, "courses.csv")}
    registrations = read(folder, "studentRegistration.csv")
    submissions = read(folder, "studentAssessment.csv")

    students = set()
    lead = defaultdict(list)
    registered = defaultdict(set)
    for r in registrations:
        students.add(r["id_student"])
        key = (r["id_student"], r["code_module"], r["code_presentation"])
        if key in registered[r["id_student"]]:
            continue
        registered[r["id_student"]].add(key)
        if r["date_registration"] != "":
            lead[r["id_student"]].append(-int(r["date_registration"]))

    attempts = defaultdict(int)
    passes = defaultdict(int)
    exam_sum = defaultdict(float)
    passed_courses = defaultdict(set)
    enrol_exam = defaultdict(list)
    enrol_cw = defaultdict(lambda: [0.0, 0.0])
    course_has_exam_result = set()
    for r in submissions:
        students.add(r["id_student"])
        a = assessments[r["id_assessment"]]
        if r["score"] == "":
            continue
        s = float(r["score"])
        course = (a["code_module"], a["code_presentation"])
        enrolment = (r["id_student"],) + course
        if a["assessment_type"] == "Exam":
            attempts[r["id_student"]] += 1
            exam_sum[r["id_student"]] += s
            course_has_exam_result.add(course)
            enrol_exam[enrolment].append(s)
            if s >= PASS:
                passes[r["id_student"]] += 1
                passed_courses[r["id_student"]].add(course)
        elif a["weight"] != "":
            w = float(a["weight"])
            enrol_cw[enrolment][0] += s * w
            enrol_cw[enrolment][1] += w

    # Metrics per student; None where undefined.
    F = {s: (passes[s] / attempts[s] if attempts[s] else None) for s in students}
    M = {s: (exam_sum[s] / attempts[s] if attempts[s] else None) for s in students}
    L = {s: (sum(lead[s]) / len(lead[s]) if lead[s] else None) for s in students}

    m_levels = quantile_levels([v for v in M.values() if v is not None], BINS)
    l_levels = quantile_levels([v for v in L.values() if v is not None], BINS)
    # F is nearly constant on OULAD (most students 1), so the shipped fixed levels 0.5 -> 2 and 1 -> 3 apply.
    f_q = quantile_levels([v for v in F.values() if v is not None], BINS)
    f_levels = f_q if f_q[0] != f_q[1] else [0.5, 1.0]

    sizes = defaultdict(int)
    completions = defaultdict(int)
    for s in students:
        fs, ms, ls = score(F[s], f_levels), score(M[s], m_levels), score(L[s], l_levels)
        if fs == 0:
            seg = "no_exam_result"
        elif fs == 3 and ms == 3:
            seg = "top_performers"
        elif ls == 3 and fs >= 2 and 1 <= ms <= 2:
            seg = "early_mediocre"
        elif fs == 1:
            seg = "failed_exams"
        else:
            seg = "other_passers"
        sizes[seg] += 1
        completions[seg] += len(passed_courses[s])

    total = len(students)
    all_completions = sum(completions.values())
    print(f"students {total}, with exam {sum(1 for v in M.values() if v is not None)}, completions {all_completions}")
    print(f"M boundaries {m_levels}, lead boundaries {l_levels}, F levels {f_levels}")
    for seg in ["no_exam_result", "top_performers", "early_mediocre", "failed_exams", "other_passers"]:
        print(f"  {seg:16} {sizes[seg]:6} share {sizes[seg] / total:.6f} completions {completions[seg]} share {completions[seg] / all_completions:.6f}")

    pairs = [(cw[0] / cw[1], sum(enrol_exam[e]) / len(enrol_exam[e]))
             for e, cw in ((e, enrol_cw.get(e, [0.0, 0.0])) for e in enrol_exam) if cw[1] > 0]
    x, y = [p[0] for p in pairs], [p[1] for p in pairs]
    print(f"enrolments with exam {len(enrol_exam)}, pairs {len(pairs)}")
    print(f"pearson {pearson(x, y):.6f} spearman {pearson(ranks(x), ranks(y)):.6f}")
    no_results = sorted(c for c in courses if c not in course_has_exam_result)
    print(f"courses without exam results {len(no_results)} of {len(courses)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check the report's cover period and summary KPI tiles against the CSV files, with the csv module only.

Usage: python3 docs/verification/cover_and_kpis.py DATA_DIR REPORT_HTML
It counts students (distinct ids in registrations and submissions), registrations and courses in the
data, and computes, under the default definitions (pass mark 40, banked results included, every
unregistration counts as churn):
- the exam completion rate: exam submissions with a score of 40 or more, of all exam submissions with a score;
- the churn: registrations with an unregistration date, of all registrations;
- the share of courses with no scored exam submission.
Then it reads the six KPI tiles and the cover period from report.html and exits 1 on any difference.
The OULAD tables have no repeated rows and no scores outside 0 to 100, which the report would drop.
"""

import csv
import html as markup
import os
import re
import sys


def main():
    data, report = sys.argv[1], sys.argv[2]

    def rows(name):
        with open(os.path.join(data, name), newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    registrations = rows("studentRegistration.csv")
    submissions = rows("studentAssessment.csv")
    courses = rows("courses.csv")
    assessments = {a["id_assessment"]: a for a in rows("assessments.csv")}
    students = {r["id_student"] for r in registrations} | {s["id_student"] for s in submissions}
    # Presentation codes are a year and B (February) or J (October), so they sort as text.
    presentations = sorted({c["code_presentation"] for c in courses})

    exam_scores = []
    courses_with_exam_results = set()
    for s in submissions:
        assessment = assessments[s["id_assessment"]]
        if assessment["assessment_type"] == "Exam" and s["score"].strip():
            exam_scores.append(float(s["score"]))
            courses_with_exam_results.add((assessment["code_module"], assessment["code_presentation"]))
    passed = sum(1 for score in exam_scores if score >= 40)
    unregistered = sum(1 for r in registrations if r["date_unregistration"].strip())
    without_exam = sum(1 for c in courses if (c["code_module"], c["code_presentation"]) not in courses_with_exam_results)

    counts = [len(students), len(registrations), len(courses)]
    shares = [100 * passed / len(exam_scores), 100 * unregistered / len(registrations), 100 * without_exam / len(courses)]

    page = markup.unescape(open(report, encoding="utf-8").read())
    values = re.findall(r'<div class="kpi-value">([^<]*)</div>', page)
    tile_counts = [int(re.sub(r"\D", "", value)) for value in values[:3]]
    # "88,6 %" in Russian and "88.6%" in English: the digits with the decimal comma or point.
    tile_shares = [float(re.sub(r"[^\d.,]", "", value).replace(",", ".")) for value in values[3:6]]
    period_ok = presentations[0] in page and presentations[-1] in page

    print(f"expected counts {counts}, report {tile_counts}")
    print(f"expected shares {[round(s, 1) for s in shares]} (passed {passed} of {len(exam_scores)}, "
          f"unregistered {unregistered} of {len(registrations)}, {without_exam} of {len(courses)} courses without exam results), "
          f"report {tile_shares}")
    print(f"period {presentations[0]}..{presentations[-1]} on the cover: {period_ok}")
    shares_ok = len(tile_shares) == 3 and all(abs(round(e, 1) - r) < 1e-9 for e, r in zip(shares, tile_shares))
    if tile_counts != counts or not shares_ok or not period_ok:
        sys.exit(1)


if __name__ == "__main__":
    main()

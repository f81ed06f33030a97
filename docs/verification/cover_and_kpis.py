#!/usr/bin/env python3
"""Check the report's cover period and summary KPI tiles against the CSV files, with the csv module only.

Usage: python3 docs/verification/cover_and_kpis.py DATA_DIR REPORT_HTML
It counts students (distinct ids in registrations and submissions), registrations and courses in the
data. Then it reads the KPI tiles and the cover period from report.html and exits 1 on any difference.
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
    students = {r["id_student"] for r in registrations} | {s["id_student"] for s in submissions}
    # Presentation codes are a year and B (February) or J (October), so they sort as text.
    presentations = sorted({c["code_presentation"] for c in courses})
    expected = [len(students), len(registrations), len(courses)]

    html = markup.unescape(open(report, encoding="utf-8").read())
    tiles = [int(re.sub(r"\D", "", value)) for value in re.findall(r'<div class="kpi-value">([^<]*)</div>', html)]
    period_ok = presentations[0] in html and presentations[-1] in html

    print(f"expected tiles {expected}, report tiles {tiles[:3]}, period {presentations[0]}..{presentations[-1]} on the cover: {period_ok}")
    if tiles[:3] != expected or not period_ok:
        sys.exit(1)


if __name__ == "__main__":
    main()

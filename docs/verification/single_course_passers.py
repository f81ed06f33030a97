#!/usr/bin/env python3
"""Counts students by the number of courses they passed, independently of EduReport.

A course is a module in one presentation; a student passes it with an Exam submission scoring 40
or more. Usage: single_course_passers.py OULAD_DIR
"""
import collections
import csv
import sys

folder = sys.argv[1]
with open(f"{folder}/assessments.csv", newline="") as f:
    assessments = {row["id_assessment"]: row for row in csv.DictReader(f)}

passed = collections.defaultdict(set)
with open(f"{folder}/studentAssessment.csv", newline="") as f:
    for row in csv.DictReader(f):
        assessment = assessments.get(row["id_assessment"])
        if assessment and assessment["assessment_type"] == "Exam" and row["score"] != "" and float(row["score"]) >= 40:
            passed[row["id_student"]].add((assessment["code_module"], assessment["code_presentation"]))

students = set()
for name in ("studentRegistration.csv", "studentAssessment.csv"):
    with open(f"{folder}/{name}", newline="") as f:
        students.update(row["id_student"] for row in csv.DictReader(f))

distribution = collections.Counter(len(passed.get(s, ())) for s in students)
print("students:", len(students))
for count in sorted(distribution):
    print(f"passed {count} course(s): {distribution[count]}")
print("passed exactly one course:", distribution[1])

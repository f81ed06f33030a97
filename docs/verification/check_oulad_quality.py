#!/usr/bin/env python3
"""Count the data-quality findings of an OULAD folder independently of EduReport.

Reads the four tables with the csv module and applies the rules that `edureport validate`
states, so that its counts can be compared: python3 check_oulad_quality.py DIR
Quartiles are R type 7, which statistics.quantiles(method='inclusive') computes.
"""
import collections
import csv
import statistics
import sys
from pathlib import Path


def read(folder, name):
    with open(Path(folder) / name, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def fences(values):
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    iqr = q3 - q1
    low, high = q1 - 1.5 * iqr, q3 + 1.5 * iqr
    return q1, q3, low, high, sum(v < low for v in values), sum(v > high for v in values)


def main(folder):
    courses = read(folder, "courses.csv")
    assessments = read(folder, "assessments.csv")
    submissions = read(folder, "studentAssessment.csv")
    registrations = read(folder, "studentRegistration.csv")
    found = collections.Counter()

    course_keys = {(c["code_module"], c["code_presentation"]): c for c in courses}
    by_id = {a["id_assessment"]: a for a in assessments}
    registration_of = {(r["code_module"], r["code_presentation"], r["id_student"]): r for r in registrations}

    found["DuplicateRow+ConflictingDuplicate studentAssessment.csv"] = len(submissions) - len({(s["id_assessment"], s["id_student"]) for s in submissions})
    found["DuplicateRow+ConflictingDuplicate studentRegistration.csv"] = len(registrations) - len(registration_of)

    for c in courses:
        if c["module_presentation_length"] == "":
            found["MissingValue module_presentation_length"] += 1
    for a in assessments:
        if a["weight"] == "":
            found["MissingValue weight"] += 1
        elif float(a["weight"]) < 0:
            found["NegativeWeight"] += 1
        if a["date"] == "":
            found["AssessmentWithoutDate"] += 1
        if (a["code_module"], a["code_presentation"]) not in course_keys:
            found["AssessmentUnknownCourse"] += 1
    for r in registrations:
        if r["date_registration"] == "":
            found["MissingValue date_registration"] += 1
            if r["date_unregistration"] != "":
                found["UnregistrationWithoutRegistration"] += 1
        elif r["date_unregistration"] != "" and int(r["date_unregistration"]) < int(r["date_registration"]):
            found["UnregistrationBeforeRegistration"] += 1
        if (r["code_module"], r["code_presentation"]) not in course_keys:
            found["RegistrationUnknownCourse"] += 1

    scored = set()
    delays = []
    for s in submissions:
        day = None if s["date_submitted"] == "" else int(s["date_submitted"])
        if day is None:
            found["MissingValue date_submitted"] += 1
        elif day < 0:
            found["NegativeSubmissionDay"] += 1
        if s["score"] == "":
            found["MissingValue score"] += 1
        elif not 0 <= float(s["score"]) <= 100:
            found["ScoreOutOfRange"] += 1
        else:
            scored.add(s["id_assessment"])
        a = by_id.get(s["id_assessment"])
        if a is None:
            found["SubmissionUnknownAssessment"] += 1
            continue
        course = course_keys.get((a["code_module"], a["code_presentation"]))
        if course is None:
            continue
        if day is not None and day > int(course["module_presentation_length"]):
            found["SubmissionAfterCourseEnd"] += 1
        r = registration_of.get((a["code_module"], a["code_presentation"], s["id_student"]))
        if r is None:
            found["SubmissionWithoutRegistration"] += 1
        elif day is not None and r["date_unregistration"] != "" and day > int(r["date_unregistration"]):
            found["SubmissionAfterUnregistration"] += 1
        if s["is_banked"] == "0" and day is not None and a["date"] != "":
            delays.append(day - int(a["date"]))

    exam_sum = collections.defaultdict(float)
    coursework_sum = collections.defaultdict(float)
    has_coursework = set()
    has_exam = set()
    for a in assessments:
        key = (a["code_module"], a["code_presentation"])
        weight = float(a["weight"]) if a["weight"] != "" and float(a["weight"]) >= 0 else 0.0
        if a["assessment_type"] == "Exam":
            has_exam.add(key)
            exam_sum[key] += weight
        else:
            has_coursework.add(key)
            coursework_sum[key] += weight
    for key in has_exam:
        if abs(exam_sum[key] - 100) > 1e-6:
            found["WeightsNotHundred"] += 1
    for key in has_coursework:
        if abs(coursework_sum[key]) <= 1e-6:
            found["CourseworkWeightsZero"] += 1
        elif abs(coursework_sum[key] - 100) > 1e-6:
            found["WeightsNotHundred"] += 1

    exams = [a for a in assessments if a["assessment_type"] == "Exam"]
    found["ExamWithoutResults"] = sum(a["id_assessment"] not in scored for a in exams)
    courses_with_results = {(a["code_module"], a["code_presentation"]) for a in exams if a["id_assessment"] in scored}
    found["CourseWithoutExamResults"] = sum(key not in courses_with_results for key in course_keys)

    lead = fences([-int(r["date_registration"]) for r in registrations if r["date_registration"] != ""])
    delay = fences(delays)
    found["RegistrationLeadTimeOutlier"] = lead[4] + lead[5]
    found["SubmissionDelayOutlier"] = delay[4] + delay[5]

    for kind, count in sorted(found.items()):
        if count:
            print(f"{kind}\t{count}")
    print(f"exams\t{len(exams)}\tcourses\t{len(courses)}")
    print("lead time fences (Q1, Q3, low, high, below, above)\t" + "\t".join(f"{v:g}" for v in lead))
    print("delay fences (Q1, Q3, low, high, below, above)\t" + "\t".join(f"{v:g}" for v in delay))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/oulad")

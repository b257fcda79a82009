#!/usr/bin/env python3
"""The peer of kepatuhan's benchmark: what an analyst would write with
pandas and openpyxl to score a long-layout observation workbook.

    python3 peer.py long.xlsx scores.csv

It reads the sheet with pandas.read_excel (openpyxl engine), maps the
answers, and scores every unit with a groupby under the rules of the
benchmark rubric bench30 (pkg/bench/benchdata/bench30.yaml), which are
kepatuhan's rules for that rubric:

  - indicator codes SP-01..SP-15 (group SP) and SR-01..SR-15 (group SR),
    checks, weight 1 each; the two groups weigh 1 each;
  - Ya / 1 / TRUE ... met (1), Tidak / 0 / FALSE ... not met (0), N/A
    leaves the denominator; a group with nothing applicable leaves too;
  - score = 100 x (sum of weight x group fraction) / (sum of weights);
  - a unit with an indicator unanswered is incomplete: no score;
  - rounded once to 2 decimals, half away from zero, on the value as a
    spreadsheet shows it (15 significant digits).

It writes code,score (score empty when incomplete), sorted by code, and
prints what it did to stderr. run.sh compares the scores with kepatuhan's
CSV output.
"""
import sys
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

MET = {"1", "ya", "y", "yes", "ada", "sesuai", "benar", "true", "✓"}
NOT_MET = {"0", "tidak", "t", "no", "tidak ada", "salah", "false", "✗"}
NA = {"n/a", "na", "tb", "tidak berlaku"}
GROUPS = {"SP": 1.0, "SR": 1.0}
CODES = [f"{g}-{i:02d}" for g in GROUPS for i in range(1, 16)]


def value(answer):
    """1.0 met, 0.0 not met, None for N/A, NaN for unanswered."""
    if answer is None or (isinstance(answer, float) and answer != answer):
        return float("nan")
    if isinstance(answer, bool):
        return 1.0 if answer else 0.0
    if isinstance(answer, (int, float)):
        if answer in (0, 1):
            return float(answer)
        raise ValueError(f"answer {answer!r} is not accepted")
    text = " ".join(str(answer).split()).lower()
    if text == "":
        return float("nan")
    if text in MET:
        return 1.0
    if text in NOT_MET:
        return 0.0
    if text in NA:
        return None
    raise ValueError(f"answer {answer!r} is not accepted")


def rounded(x):
    return Decimal(format(x, ".15g")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def main(src, dst):
    # keep_default_na=False: pandas would otherwise read "N/A" as a blank.
    df = pd.read_excel(src, engine="openpyxl", dtype=object, keep_default_na=False)
    df = df.rename(columns={"Kode Unit": "unit", "Kode Indikator": "code", "Jawaban": "answer"})
    df["unit"] = df["unit"].astype(str).str.strip().str.upper()
    df["code"] = df["code"].astype(str).str.strip().str.upper()
    df["value"] = df["answer"].map(value)
    df["na"] = df["value"].isna() & df["answer"].notna() & (df["answer"].astype(str).str.strip() != "")
    df["missing"] = df["value"].isna() & ~df["na"]
    df["value"] = pd.to_numeric(df["value"], errors="coerce")
    df["group"] = df["code"].str.split("-").str[0]

    answered = df.groupby("unit")["code"].nunique()
    missing = df.groupby("unit")["missing"].any()
    per_group = df[~df["na"]].groupby(["unit", "group"])["value"].mean().unstack("group")

    rows = []
    for unit in sorted(df["unit"].unique()):
        if answered.get(unit, 0) < len(CODES) or missing.get(unit, False):
            rows.append((unit, ""))
            continue
        num = den = 0.0
        for g, w in GROUPS.items():
            f = per_group.at[unit, g] if (unit in per_group.index and g in per_group.columns) else float("nan")
            if f == f:  # the group applies
                num += w * f
                den += w
        rows.append((unit, str(rounded((num / den) * 100)) if den > 0 else ""))  # F x span, as kepatuhan
    with open(dst, "w") as out:
        out.write("code,score\n")
        for unit, score in rows:
            out.write(f"{unit},{score}\n")
    print(f"peer: {len(df)} rows, {len(rows)} units scored with pandas {pd.__version__}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: peer.py long.xlsx scores.csv")
    main(sys.argv[1], sys.argv[2])

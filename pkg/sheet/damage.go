package sheet

import (
	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
	"github.com/kepatuhan/kepatuhan/pkg/workbook"
)

// damageProblem words a damaged file (workbook.Corrupt) or one over the
// limits (workbook.TooLarge) from what the reader found — in the user's
// language, at the sheet and cell where it is when known — instead of the
// reader's English detail. It reports false for a reason it has no words
// for (excelize's own errors), which keep the detail.
func damageProblem(p *msg.Problem, oe *workbook.OpenError) bool {
	key, args := damageKey(oe)
	if key == "" {
		return false
	}
	p.Key, p.Args = key, args
	if oe.Problem == workbook.TooLarge {
		p.Hint = msg.HintFileTooLarge
	} else {
		p.Hint = msg.HintFileCorrupt
	}
	switch oe.Reason {
	case workbook.ReasonSheetName, workbook.ReasonSheetPart:
		// Found on opening: the sheet is named in the message.
	default:
		p.Sheet = oe.Sheet
		if p.Sheet != "" && oe.Row > 0 && oe.Col > 0 {
			p.Cell = results.Place{Row: int32(oe.Row), Col: int32(oe.Col)}.Cell()
		}
	}
	return true
}

func damageKey(oe *workbook.OpenError) (msg.Key, []any) {
	if oe.Problem == workbook.TooLarge {
		switch oe.Reason {
		case workbook.ReasonLimitPart:
			return msg.FileTooLargePart, []any{oe.Part, oe.Limit}
		case workbook.ReasonLimitTotal:
			return msg.FileTooLargeTotal, []any{oe.Limit}
		case workbook.ReasonLimitRatio:
			return msg.FileTooLargeRatio, []any{oe.Part, oe.Limit}
		case workbook.ReasonPartSize:
			return msg.FileTooLargeDeclared, []any{oe.Part, oe.Limit}
		case workbook.ReasonLimitElement:
			return msg.FileTooLargeElement, []any{oe.Limit}
		case workbook.ReasonLimitStrings:
			return msg.FileTooLargeStrings, []any{(oe.Limit + 1<<20 - 1) >> 20}
		}
		return "", nil
	}
	switch oe.Reason {
	case workbook.ReasonZip:
		return msg.FileDamagedZip, nil
	case workbook.ReasonPartMissing:
		return msg.FileDamagedPartMissing, []any{oe.Part}
	case workbook.ReasonPartData:
		return msg.FileDamagedPartData, []any{oe.Part}
	case workbook.ReasonPartSize:
		return msg.FileDamagedPartSize, []any{oe.Part}
	case workbook.ReasonPartChecksum:
		return msg.FileDamagedChecksum, []any{oe.Part}
	case workbook.ReasonPartNames:
		return msg.FileDamagedPartNames, []any{oe.Part, oe.Other}
	case workbook.ReasonXML:
		switch {
		case oe.Sheet != "" && oe.Row > 0:
			return msg.FileDamagedSheetXMLRow, []any{oe.Row}
		case oe.Sheet != "":
			return msg.FileDamagedSheetXML, nil
		}
		return msg.FileDamagedXML, []any{oe.Part}
	case workbook.ReasonSheetName:
		if oe.Value != "" {
			return msg.FileDamagedSheetsSameName, []any{oe.Value}
		}
		return msg.FileDamagedSheetNoName, []any{oe.N}
	case workbook.ReasonSheetPart:
		return msg.FileDamagedSheetNoPart, []any{oe.Sheet}
	case workbook.ReasonRowNumber:
		return msg.FileDamagedRowNumber, []any{oe.Value}
	case workbook.ReasonCellRef:
		return msg.FileDamagedCellRef, []any{oe.Value, oe.Row}
	case workbook.ReasonCellType:
		return msg.FileDamagedCellType, []any{oe.Value}
	case workbook.ReasonColumn:
		return msg.FileDamagedColumn, []any{oe.Row}
	case workbook.ReasonBool:
		return msg.FileDamagedBool, []any{oe.Value}
	case workbook.ReasonSharedString:
		return msg.FileDamagedSharedString, []any{oe.Value, oe.N}
	case workbook.ReasonDuplicateCell:
		return msg.FileDamagedDuplicateCell, nil
	case workbook.ReasonDuplicateRow:
		return msg.FileDamagedDuplicateRow, []any{oe.Row}
	}
	return "", nil
}

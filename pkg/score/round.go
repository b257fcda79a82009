package score

import (
	"math"
	"strconv"

	"github.com/kepatuhan/kepatuhan/rubric"
)

// Round rounds x to decimals places the way a spreadsheet does: first to
// 15 significant digits (so that binary noise such as 80.99499999999999
// for a true 80.995 does not decide the result), then half away from zero
// (or half to even) on that decimal value. Published results are computed
// in spreadsheets; rounding like them keeps kepatuhan's numbers equal to
// theirs.
func Round(x float64, decimals int, mode string) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	// d.dddddddddddddde±XX: 15 significant digits.
	s := strconv.FormatFloat(x, 'e', 14, 64)
	mant, exp := s[:16], s[17:]
	e, _ := strconv.Atoi(exp)
	digits := []byte{mant[0]}
	digits = append(digits, mant[2:]...) // 15 digits, value = 0.d1d2… × 10^(e+1)
	point := e + 1                       // digits before the decimal point
	keep := point + decimals             // digits to keep
	var out float64
	switch {
	case keep < 0:
		out = 0
	case keep >= len(digits):
		out = x
	default:
		kept := append([]byte(nil), digits[:keep]...)
		next := digits[keep]
		up := next > '5'
		if next == '5' {
			rest := false
			for _, c := range digits[keep+1:] {
				if c != '0' {
					rest = true
					break
				}
			}
			switch {
			case rest || mode != rubric.HalfEven:
				up = true
			default: // exactly half, to even
				up = keep > 0 && (kept[keep-1]-'0')%2 == 1
			}
		}
		if up {
			i := len(kept) - 1
			for i >= 0 && kept[i] == '9' {
				kept[i] = '0'
				i--
			}
			if i < 0 {
				kept = append([]byte{'1'}, kept...)
				point++
			} else {
				kept[i]++
			}
		}
		out = fromDigits(kept, point, decimals)
	}
	if neg {
		out = -out
	}
	return out
}

// fromDigits builds the float whose decimal digits are d with point digits
// before the decimal point.
func fromDigits(d []byte, point, decimals int) float64 {
	if len(d) == 0 {
		return 0
	}
	s := string(d) + "e" + strconv.Itoa(point-len(d))
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

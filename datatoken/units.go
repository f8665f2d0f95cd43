package datatoken

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// ErrInvalidAmount matches every *AmountError.
var ErrInvalidAmount = errors.New("datatoken: invalid amount")

// AmountProblem says why ParseUnits refused a text.
type AmountProblem string

// AmountProblem values, stable keys a program may switch on (a CLI renders
// them in its own words).
const (
	// AmountSyntax: not a plain decimal number (empty, a sign other than a
	// leading minus, an exponent, a separator, spaces, several points).
	AmountSyntax AmountProblem = "not a decimal number"
	// AmountNegative: a negative number; token amounts are never negative.
	AmountNegative AmountProblem = "negative"
	// AmountTooPrecise: a non-zero digit beyond the token's decimals, a
	// fraction of the smallest unit that cannot be paid or held.
	AmountTooPrecise AmountProblem = "more decimals than the token has"
)

// AmountError is ParseUnits' error: Input is the refused text, Decimals the
// token's decimals, Problem why. It matches ErrInvalidAmount.
type AmountError struct {
	Input    string
	Decimals uint8
	Problem  AmountProblem
}

func (e *AmountError) Error() string {
	if e.Problem == AmountTooPrecise {
		return fmt.Sprintf("datatoken: amount %q has more than %d decimals", e.Input, e.Decimals)
	}
	return fmt.Sprintf("datatoken: amount %q: %s", e.Input, e.Problem)
}

// Is makes errors.Is(err, ErrInvalidAmount) true.
func (e *AmountError) Is(target error) bool { return target == ErrInvalidAmount }

// ParseUnits converts a decimal amount of a token ("3", "1.5", ".25",
// "0.001") to the token's base units: the integer the contracts take, the
// amount times 10^decimals ("1.5" with 18 decimals is
// 1500000000000000000). OCEAN and datatokens have 18 decimals.
//
// The text is digits with at most one point; nothing else (no sign, no
// exponent, no spaces, no thousands separators). Zeros beyond decimals are
// accepted, a non-zero digit there is not: the amount would not be exact.
// Every refusal is an *AmountError (errors.Is ErrInvalidAmount) saying why.
//
// ParseUnits is the inverse of FormatUnits for every non-negative amount.
func ParseUnits(s string, decimals uint8) (*big.Int, error) {
	fail := func(p AmountProblem) (*big.Int, error) {
		return nil, &AmountError{Input: s, Decimals: decimals, Problem: p}
	}
	if strings.HasPrefix(s, "-") && isDecimal(s[1:]) {
		return fail(AmountNegative)
	}
	if !isDecimal(s) {
		return fail(AmountSyntax)
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > int(decimals) {
		if strings.Trim(frac[decimals:], "0") != "" {
			return fail(AmountTooPrecise)
		}
		frac = frac[:decimals]
	}
	v, _ := new(big.Int).SetString(whole+frac+strings.Repeat("0", int(decimals)-len(frac)), 10)
	return v, nil
}

// isDecimal reports whether s is ASCII digits with at most one point and
// at least one digit.
func isDecimal(s string) bool {
	digits, points := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}

// FormatUnits writes amount base units of a token with decimals decimals as
// a decimal number without trailing zeros ("1.5" for 1500000000000000000
// with 18 decimals, "2" for 2e18, "0.000000000000000001" for 1). A nil
// amount is "0"; a negative one starts with "-".
func FormatUnits(amount *big.Int, decimals uint8) string {
	if amount == nil {
		return "0"
	}
	s := new(big.Int).Abs(amount).String()
	d := int(decimals)
	if len(s) <= d {
		s = strings.Repeat("0", d-len(s)+1) + s
	}
	whole, frac := s[:len(s)-d], strings.TrimRight(s[len(s)-d:], "0")
	if frac != "" {
		whole += "." + frac
	}
	if amount.Sign() < 0 {
		whole = "-" + whole
	}
	return whole
}

package datatoken_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/datatoken"
)

func TestParseUnits(t *testing.T) {
	for _, c := range []struct {
		in       string
		decimals uint8
		want     string
	}{
		{"1", 18, "1000000000000000000"},
		{"1.5", 18, "1500000000000000000"},
		{".5", 18, "500000000000000000"},
		{"3.", 18, "3000000000000000000"},
		{"0", 18, "0"},
		{"007.10", 18, "7100000000000000000"},
		{"0.000000000000000001", 18, "1"},
		{"3.0000000000000000000", 18, "3000000000000000000"}, // zeros beyond the decimals are exact
		{"115792089237316195423570985008687907853269984665640564039457.584007913129639935", 18,
			"115792089237316195423570985008687907853269984665640564039457584007913129639935"}, // max uint256
		{"42", 0, "42"},
		{"42.000", 0, "42"},
		{"1.25", 6, "1250000"},
	} {
		v, err := datatoken.ParseUnits(c.in, c.decimals)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, v.String(), c.in)
	}
}

func TestParseUnitsRefuses(t *testing.T) {
	for _, c := range []struct {
		in       string
		decimals uint8
		problem  datatoken.AmountProblem
	}{
		{"3.0000000000000000001", 18, datatoken.AmountTooPrecise},
		{"0.5", 0, datatoken.AmountTooPrecise},
		{"1.0000001", 6, datatoken.AmountTooPrecise},
		{"-1", 18, datatoken.AmountNegative},
		{"-0.5", 18, datatoken.AmountNegative},
		{"", 18, datatoken.AmountSyntax},
		{".", 18, datatoken.AmountSyntax},
		{"-", 18, datatoken.AmountSyntax},
		{"+1", 18, datatoken.AmountSyntax},
		{"1e5", 18, datatoken.AmountSyntax},
		{"1.2.3", 18, datatoken.AmountSyntax},
		{"1,000", 18, datatoken.AmountSyntax},
		{" 1", 18, datatoken.AmountSyntax},
		{"1 ", 18, datatoken.AmountSyntax},
		{"0x10", 18, datatoken.AmountSyntax},
		{"three", 18, datatoken.AmountSyntax},
		{"١", 18, datatoken.AmountSyntax}, // a non-ASCII digit
		{"--1", 18, datatoken.AmountSyntax},
	} {
		v, err := datatoken.ParseUnits(c.in, c.decimals)
		assert.Nil(t, v, c.in)
		require.ErrorIs(t, err, datatoken.ErrInvalidAmount, c.in)
		var ae *datatoken.AmountError
		require.ErrorAs(t, err, &ae, c.in)
		assert.Equal(t, &datatoken.AmountError{Input: c.in, Decimals: c.decimals, Problem: c.problem}, ae, c.in)
	}
	_, err := datatoken.ParseUnits("3.0000000000000000001", 18)
	assert.EqualError(t, err, `datatoken: amount "3.0000000000000000001" has more than 18 decimals`)
	_, err = datatoken.ParseUnits("-1", 18)
	assert.EqualError(t, err, `datatoken: amount "-1": negative`)
}

func TestFormatUnits(t *testing.T) {
	for _, c := range []struct {
		in       *big.Int
		decimals uint8
		want     string
	}{
		{nil, 18, "0"},
		{big.NewInt(0), 18, "0"},
		{big.NewInt(1), 18, "0.000000000000000001"},
		{big.NewInt(1_500_000_000_000_000_000), 18, "1.5"},
		{new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18)), 18, "2"},
		{big.NewInt(-1_500_000), 6, "-1.5"},
		{big.NewInt(42), 0, "42"},
		{big.NewInt(1001), 3, "1.001"},
	} {
		assert.Equal(t, c.want, datatoken.FormatUnits(c.in, c.decimals), c.want)
	}
}

// roundTrip checks that FormatUnits and ParseUnits are inverses on a
// non-negative amount.
func roundTrip(t *testing.T, v *big.Int, decimals uint8) {
	s := datatoken.FormatUnits(v, decimals)
	back, err := datatoken.ParseUnits(s, decimals)
	require.NoError(t, err, "%s with %d decimals", s, decimals)
	require.Zero(t, v.Cmp(back), "%s with %d decimals came back as %s", v, decimals, back)
}

func TestUnitsRoundTrip(t *testing.T) {
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for decimals := range uint8(40) {
		for _, v := range []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(10), big.NewInt(999),
			big.NewInt(1e18), big.NewInt(1e18 + 1), max} {
			roundTrip(t, v, decimals)
		}
	}
}

func FuzzUnits(f *testing.F) {
	for _, s := range []string{"0", "1", "1.5", ".5", "3.0000000000000000001", "-1", "1e5", "007.10", ""} {
		f.Add(s, uint8(18), []byte{1, 2, 3})
	}
	f.Add("42", uint8(0), []byte{})
	f.Add("1.25", uint8(255), []byte{0xff, 0xff})
	f.Fuzz(func(t *testing.T, s string, decimals uint8, raw []byte) {
		// Any base-unit amount survives formatting and parsing.
		roundTrip(t, new(big.Int).SetBytes(raw), decimals)

		// Any text is refused with an *AmountError or parsed to an amount
		// whose formatting parses to the same amount and reads as the text
		// without its insignificant zeros.
		v, err := datatoken.ParseUnits(s, decimals)
		if err != nil {
			var ae *datatoken.AmountError
			require.ErrorAs(t, err, &ae)
			require.Nil(t, v)
			return
		}
		require.GreaterOrEqual(t, v.Sign(), 0)
		formatted := datatoken.FormatUnits(v, decimals)
		assert.Equal(t, canonical(s), formatted)
		roundTrip(t, v, decimals)
	})
}

// canonical is a decimal text as FormatUnits writes it: no leading zeros
// before the point, no trailing zeros after it, no empty parts.
func canonical(s string) string {
	whole, frac, _ := strings.Cut(s, ".")
	whole = strings.TrimLeft(whole, "0")
	if whole == "" {
		whole = "0"
	}
	if frac = strings.TrimRight(frac, "0"); frac != "" {
		return whole + "." + frac
	}
	return whole
}

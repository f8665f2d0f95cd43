package datatoken_test

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/oceango/ocean.go/datatoken"
)

// Turn "3 OCEAN" into the base units the contracts take, and back.
func ExampleParseUnits() {
	amount, err := datatoken.ParseUnits("3.25", 18) // OCEAN and datatokens have 18 decimals
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(amount)
	fmt.Println(datatoken.FormatUnits(amount, 18))

	_, err = datatoken.ParseUnits("3.0000000000000000001", 18)
	var bad *datatoken.AmountError
	fmt.Println(errors.As(err, &bad), bad.Problem)
	// Output:
	// 3250000000000000000
	// 3.25
	// true more decimals than the token has
}

func ExampleFormatUnits() {
	fmt.Println(datatoken.FormatUnits(big.NewInt(1e15), 18)) // the 0.1% fee on 1 OCEAN
	// Output: 0.001
}

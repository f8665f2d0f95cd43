package main

import "math/big"

// big18 formats 18-decimal token amounts in whole units.
type big18 struct{}

func (big18) format(wei *big.Int) string {
	return new(big.Int).Quo(wei, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)).String()
}

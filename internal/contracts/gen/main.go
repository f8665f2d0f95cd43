// Command gen regenerates the contract bindings in internal/contracts and the
// embedded address file of package addresses from the installed
// @oceanprotocol/contracts package. It is run by `go generate ./internal/contracts`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/oceango/ocean.go/internal/contracts/generator"
)

func main() {
	pkg := flag.String("pkg", "../../node_modules/@oceanprotocol/contracts", "installed npm package folder")
	out := flag.String("out", ".", "folder receiving one sub-folder per contract")
	addr := flag.String("addresses", "../../addresses/address.json", "where the address file is written")
	flag.Parse()
	if err := generator.Generate(*pkg, *out, *addr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

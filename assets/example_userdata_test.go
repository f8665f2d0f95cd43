package assets_test

import (
	"errors"
	"fmt"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/ddo"
)

// ExampleCheckUserData checks a consumer's values against a service's
// declared consumer parameters, as Order and Download do before anything
// is paid or fetched.
func ExampleCheckUserData() {
	params := []ddo.ConsumerParameter{
		{Name: "iterations", Type: "number", Required: true},
		{Name: "mode", Type: "select", Default: ddo.StringValue("fast"), Options: ddo.StringValue(`[{"fast":"Fast"},{"slow":"Slow"}]`)},
	}
	data, err := assets.CheckUserData(params, map[string]any{"iterations": 5})
	fmt.Println(data["iterations"], data["mode"], err)
	_, err = assets.CheckUserData(params, map[string]any{"iterations": 5, "mode": "medium"})
	var pe *assets.ParameterError
	fmt.Println(errors.As(err, &pe), pe.Name)
	// Output:
	// 5 fast <nil>
	// true mode
}

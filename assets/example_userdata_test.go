package assets_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/devnet"
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

// A service that declares consumer parameters: Order checks the
// consumer's values against them (a *ParameterError before anything is
// paid) and gives them to the node's initialize; on download the node
// appends them to the file URL's query, so the origin answers for them.
// Here the origin echoes the query it received.
func ExampleDownloadParams_userData() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer n.Close()
	origin := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, r.URL.Query().Encode()) // a real origin would build a report
	}))
	defer origin.Close()

	pub, err := exampleClient(n, 1, journal.NewMemory()).Publish(ctx, assets.PublishParams{
		Key:      "example-userdata",
		Metadata: assets.Metadata{Name: "Report", Description: "A report per region", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: origin.URL + "/report"}},
			Pricing: assets.Pricing{Type: assets.PricingFree},
			ConsumerParameters: []ddo.ConsumerParameter{
				{Name: "region", Type: "text", Label: "Region", Description: "the region", Required: true, Default: ddo.StringValue("")},
				{Name: "rows", Type: "number", Label: "Rows", Description: "rows to return", Default: ddo.StringValue("10")},
			}}},
	})
	if err != nil {
		log.Fatal(err)
	}
	consumer := exampleClient(n, 2, journal.NewMemory())
	_, err = consumer.Order(ctx, assets.OrderParams{Key: "bad", DID: pub.DID, Asset: pub.Asset, UserData: map[string]any{"rows": 5}})
	var pe *assets.ParameterError
	fmt.Println("missing:", errors.As(err, &pe), pe.Name)

	o, err := consumer.Order(ctx, assets.OrderParams{Key: "report", DID: pub.DID, Asset: pub.Asset, UserData: map[string]any{"region": "eu"}})
	if err != nil {
		log.Fatal(err)
	}
	p := assets.DownloadParamsFor(o, 0)
	p.UserData = map[string]any{"region": "eu"}
	var got bytes.Buffer
	if _, err := consumer.Download(ctx, p, &got); err != nil {
		log.Fatal(err)
	}
	fmt.Print("the origin got: ", got.String())
	// Output:
	// missing: true region
	// the origin got: region=eu&rows=10
}

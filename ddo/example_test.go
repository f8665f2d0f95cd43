package ddo_test

import (
	"errors"
	"fmt"

	"github.com/oceango/ocean.go/ddo"
)

func ExampleDID() {
	did, err := ddo.DID("0xd8da6bf26964af9d7eed9e03e53415d37aa96045", 137)
	if err != nil {
		panic(err)
	}
	fmt.Println(did)
	// Output: did:op:79ed7dbf28ae1ea8fdb2fe70f2262bec09b47bade19dfda08b0d33ff04df37af
}

func ExampleEncode() {
	// The bytes JavaScript's JSON.stringify(JSON.parse(text)) produces.
	out, err := ddo.Encode([]byte(`{ "b": 1.50, "10": "<&>", "a": 1e21, "2": "\u00e9" }`))
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
	// Output: {"2":"é","10":"<&>","b":1.5,"a":1e+21}
}

func ExampleValidate() {
	doc := []byte(`{"@context":["https://w3id.org/did/v1"],"id":"did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc","version":"4.5.0","chainId":1,"nftAddress":"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De",
	"metadata":{"created":"2020-11-15T12:27:48Z","updated":"2021-05-17T21:58:02Z","description":"Line one\r\nline two","name":"abc","type":"dataset","author":"OPF","license":"MIT"},
	"services":[{"id":"1","type":"access","files":"0x04","datatokenAddress":"0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7","serviceEndpoint":"https://node.example.com","timeout":1.5}]}`)
	err := ddo.Validate(doc)
	var verr *ddo.ValidationError
	if errors.As(err, &verr) {
		for _, v := range verr.Violations {
			fmt.Printf("%s [%s] %s\n", v.Path, v.Rule, v.Message)
		}
	}
	// Output:
	// $.metadata.description [pattern] must not contain \r, U+2028 or U+2029 (only \n line breaks)
	// $.metadata.name [minLength] must be at least 4 characters long (UTF-16 code units), is 3
	// $.services[0].timeout [datatype] must be an integer, got number 1.5
}

func ExampleReferenceMode() {
	// A DID that is not DID(nftAddress, chainId): ddo-js accepts it, the
	// indexers (and strict mode) do not.
	doc := []byte(`{"id":"did:op:0000000000000000000000000000000000000000000000000000000000000000","version":"4.1.0","chainId":1,"nftAddress":"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De",
	"metadata":{"created":"c","updated":"u","description":"d","name":"n","type":"dataset","author":"a","license":"l"},
	"services":[{"id":"1","type":"access","files":"","datatokenAddress":"0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7","serviceEndpoint":"https://node.example.com","timeout":0}]}`)
	fmt.Println("reference:", ddo.Validate(doc, ddo.ReferenceMode()))
	fmt.Println("strict:", ddo.Validate(doc) != nil)
	// Output:
	// reference: <nil>
	// strict: true
}

func ExampleMetadataHash() {
	doc := []byte(`{"id":"did:op:x"}`)
	fmt.Println(ddo.MetadataHash(doc, ddo.FlagEncrypted)) // SHA-256 of the bytes
	fmt.Println(ddo.MetadataHash(doc, ddo.FlagPlain))     // SHA-256 of "0x" + hex(bytes)
	// Output:
	// 0xf32a348b6ebf4cf721dc8714d8c697b043f4f72b29b1d627e4665bd8aff09dee
	// 0xb377dfc634f8c44a70b4106210fd17c985d2feb6d3ed3300a36dff023f0c361d
}

func ExampleNewDataset() {
	d, err := ddo.NewDataset(
		ddo.AssetParams{
			NFTAddress: "0xa331155197f70e5e1ea0cc2a1f9ddb1d49a9c1de",
			ChainID:    1,
			Metadata: ddo.Metadata{
				Created: "2024-01-02T03:04:05Z", Updated: "2024-01-02T03:04:05Z",
				Name: "Weather 2024", Description: "Hourly readings", Author: "ACME", License: "CC-BY-4.0",
			},
			Credentials: &ddo.Credentials{Deny: []ddo.Credential{ddo.AddressCredential("0x0000000000000000000000000000000000000bad")}},
		},
		ddo.ServiceParams{
			Files:            "0x04deadbeef", // from the node's encrypt endpoint
			DatatokenAddress: "0x282d8efCe846A88B159800bd4130ad77443Fa1A1",
			ServiceEndpoint:  "https://node.example.com",
			Timeout:          86400,
		},
	)
	if err != nil {
		panic(err)
	}
	out, _ := d.MarshalJSON()
	fmt.Println(d.ID)
	fmt.Println(len(out), d.MetadataHash(ddo.FlagEncrypted) == ddo.SHA256Hash(out))
	// Output:
	// did:op:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc
	// 746 true
}

func ExampleFilesObject() {
	files := ddo.FilesObject{
		NFTAddress:       "0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De",
		DatatokenAddress: "0x282d8efCe846A88B159800bd4130ad77443Fa1A1",
		Files:            []ddo.StorageObject{&ddo.URLFile{URL: "https://example.com/data.csv", Method: "GET"}},
	}
	if err := files.Validate(); err != nil {
		panic(err)
	}
	out, _ := files.MarshalJSON() // the plaintext to encrypt with the node
	fmt.Println(string(out))
	// Output: {"nftAddress":"0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De","datatokenAddress":"0x282d8efCe846A88B159800bd4130ad77443Fa1A1","files":[{"type":"url","url":"https://example.com/data.csv","method":"GET"}]}
}

func ExampleDecodeMetadata() {
	// Data of a MetadataCreated event published with flags 0.
	data := []byte(`{"id":"did:op:x"}`)
	doc, err := ddo.DecodeMetadata(ddo.FlagPlain, data, nil)
	fmt.Println(string(doc), err)
	_, err = ddo.DecodeMetadata(ddo.FlagEncrypted, data, nil)
	fmt.Println(err)
	// Output:
	// {"id":"did:op:x"} <nil>
	// ddo: metadata is encrypted and no decrypter was given
}

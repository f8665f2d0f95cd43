package provider_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/nodehttp"
	"github.com/oceango/ocean.go/provider"
)

// rootOnly plays a fixed Ocean Node root document, enough for the examples
// that only read it. It claims nothing about the protocol.
func rootOnly() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.Error(w, "Not found", http.StatusNotFound)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{
			"software": "Ocean-Node", "nodeId": "16Uiu2Example", "chainIds": []string{"8996"},
			"providerAddress": "0xe08A1dAe983BC701D05E492DB80e0144f8f4b909",
			"serviceEndpoints": map[string][]string{
				"fileInfo": {"POST", "/api/services/fileInfo"},
				"download": {"GET", "/api/services/download"},
			},
		})
	}))
}

func ExampleNew() {
	srv := rootOnly()
	defer srv.Close()

	c, err := provider.New(srv.URL + "/api/services/download") // a service endpoint works too
	if err != nil {
		log.Fatal(err)
	}
	info, err := c.Info(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	ep, _ := info.Endpoint("fileinfo") // ocean.py's spelling
	addr, _ := c.ProviderAddress(context.Background(), 8996)
	fmt.Println(info.Dialect, ep.Method, ep.Path, addr.Hex())
	// Output: ocean-node POST /api/services/fileInfo 0xe08A1dAe983BC701D05E492DB80e0144f8f4b909
}

func ExampleClient_Download() {
	c, err := provider.New("https://node.example")
	if err != nil {
		log.Fatal(err)
	}
	signer, err := provider.NewHexKeySigner(os.Getenv("CONSUMER_KEY"))
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	res, err := c.DownloadFile(ctx, provider.DownloadRequest{
		DID:            "did:op:…",
		ServiceID:      "…",
		TransferTxID:   "0x…", // the startOrder transaction
		Auth:           provider.SignedBy(signer),
		ExpectedSHA256: "…",
		Progress:       func(written, total int64) { fmt.Fprintf(os.Stderr, "\r%d/%d", written, total) },
	}, os.TempDir())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("stored", res.Path)
}

func ExampleError() {
	srv := rootOnly()
	defer srv.Close()
	c, _ := provider.New(srv.URL)

	_, err := c.FileInfo(context.Background(), provider.FileInfoRequest{File: &ddo.URLFile{URL: "https://example.org/a.csv", Method: "GET"}})
	var pe *nodehttp.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.StatusCode, pe.Message, errors.Is(err, nodehttp.ErrNotFound))
	}
	// Output: 404 Not found true
}

func ExampleSafeFileName() {
	fmt.Printf("%q\n", provider.SafeFileName("attachment;filename=info.0.json"))
	fmt.Printf("%q\n", provider.SafeFileName("attachment;filename=../../.ssh/id_rsa"))
	// Output:
	// "info.0.json"
	// ""
}

func ExampleClient_CreateAuthToken() {
	c, _ := provider.New("https://node.example")
	signer, _ := provider.NewHexKeySigner(os.Getenv("CONSUMER_KEY"))
	ctx := context.Background()
	token, err := c.CreateAuthToken(ctx, signer, time.Now().Add(time.Hour))
	if err != nil {
		log.Fatal(err)
	}
	defer c.InvalidateAuthToken(ctx, signer, token)
	// Later calls authenticate with the token instead of a signature.
	_, err = c.Download(ctx, provider.DownloadRequest{DID: "did:op:…", ServiceID: "…", TransferTxID: "0x…",
		Auth: provider.TokenAuth(signer.Address(), token)}, io.Discard)
	if err != nil {
		log.Fatal(err)
	}
}

// A backend that holds no key lets a wallet sign one download, then sends
// it; or hands the signed URL to a browser.
func ExamplePresignedSigner() {
	c, err := provider.New("https://node.example")
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	consumer := common.HexToAddress(os.Getenv("CONSUMER_ADDRESS"))
	sr, err := c.PrepareSignature(ctx, consumer, provider.CommandDownload)
	if err != nil {
		log.Fatal(err)
	}
	// sr.Payload goes to the consumer's wallet (personal_sign takes it
	// hex-encoded); here a key stands for the wallet, elsewhere.
	wallet, err := provider.NewHexKeySigner(os.Getenv("CONSUMER_KEY"))
	if err != nil {
		log.Fatal(err)
	}
	signature, err := wallet.SignMessage(ctx, sr.Payload)
	if err != nil {
		log.Fatal(err)
	}

	req := provider.DownloadRequest{DID: "did:op:…", ServiceID: "…", TransferTxID: "0x…",
		Auth: provider.SignedBy(provider.NewPresignedSigner(consumer, sr.Nonce, signature))}
	if _, err := c.Download(ctx, req, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// Hand a download to another process as a URL, signed and good once.
func ExampleClient_DownloadURL() {
	c, err := provider.New("https://node.example")
	if err != nil {
		log.Fatal(err)
	}
	signer, err := provider.NewHexKeySigner(os.Getenv("CONSUMER_KEY"))
	if err != nil {
		log.Fatal(err)
	}
	u, err := c.DownloadURL(context.Background(), provider.DownloadRequest{
		DID: "did:op:…", ServiceID: "…", TransferTxID: "0x…", Auth: provider.SignedBy(signer)})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u) // GET it with any client, before the consumer's next signed request
}

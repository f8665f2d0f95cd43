package assets_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/devnet"
	"github.com/oceango/ocean.go/provider"
)

// Encrypt a file's content with the node that will serve it, host only
// the ciphertext, and publish it: the devnet's node decrypts it for the
// consumer, who gets the plaintext, checked against its published sha256.
func ExampleClient_EncryptFile() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n, err := devnet.Start(ctx, devnet.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer n.Close()
	publisher := exampleClient(n, 1, journal.NewMemory())

	// The ciphertext goes to a local file here; any io.Writer does (an
	// upload to the storage the node will fetch from).
	tmp, err := os.MkdirTemp("", "encrypt-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	out, err := os.Create(filepath.Join(tmp, "secret.csv.aes"))
	if err != nil {
		log.Fatal(err)
	}
	file, err := publisher.EncryptFile(ctx, strings.NewReader("secret,42\n"), out, assets.EncryptFileParams{Method: provider.EncryptAES})
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		log.Fatal(err)
	}
	ciphertext, err := os.Open(out.Name())
	if err != nil {
		log.Fatal(err)
	}
	defer ciphertext.Close()
	if file.URL, err = n.AddFile("secret.csv.aes", ciphertext); err != nil { // host it
		log.Fatal(err)
	}
	fmt.Println("method:", file.EncryptMethod, "plaintext bytes:", file.Size)

	pub, err := publisher.Publish(ctx, assets.PublishParams{
		Key:      "example-encrypted",
		Metadata: assets.Metadata{Name: "Secret", Description: "Encrypted at rest", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{file}, Pricing: assets.Pricing{Type: assets.PricingFree}}},
	})
	if err != nil {
		log.Fatal(err)
	}
	consumer := exampleClient(n, 2, journal.NewMemory())
	o, err := consumer.Order(ctx, assets.OrderParams{Key: "get-secret", DID: pub.DID, Asset: pub.Asset})
	if err != nil {
		log.Fatal(err)
	}
	var got bytes.Buffer
	if _, err := consumer.Download(ctx, assets.DownloadParamsFor(o, 0), &got); err != nil {
		log.Fatal(err) // errors.Is(err, assets.ErrNotDecrypted) on a node that does not decrypt
	}
	fmt.Print("downloaded: ", got.String())
	// Output:
	// method: AES plaintext bytes: 10
	// downloaded: secret,42
}

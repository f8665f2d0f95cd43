package provider_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/provider"
)

// A publisher has the node encrypt a file's content and stores the
// ciphertext where the node can fetch it; the file object then names the
// node and the method, so that the node decrypts the file when a consumer
// downloads it.
func ExampleClient_EncryptFile() {
	c, err := provider.New("https://node.example")
	if err != nil {
		log.Fatal(err)
	}
	signer, err := provider.NewHexKeySigner(os.Getenv("PUBLISHER_KEY"))
	if err != nil {
		log.Fatal(err)
	}
	in, err := os.Open("data.csv")
	if err != nil {
		log.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create("data.csv.enc") // to be uploaded to the file's origin
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()

	ctx := context.Background()
	enc, err := c.EncryptFile(ctx, provider.EncryptFileRequest{Content: in, Auth: provider.SignedBy(signer)})
	if err != nil {
		log.Fatal(err)
	}
	defer enc.Body.Close()
	if _, err := io.Copy(out, enc.Body); err != nil {
		log.Fatal(err) // provider.ErrCiphertextCorrupt: the node's answer is unusable
	}
	file := &ddo.URLFile{URL: "https://storage.example/data.csv.enc", Method: "GET",
		FileEncryption: ddo.FileEncryption{EncryptedBy: enc.EncryptedBy, EncryptMethod: string(enc.Method)}}
	fmt.Println(file.EncryptMethod)
}

package assets_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
)

// bigReader yields n deterministic bytes without holding them.
type bigReader struct{ n, off int64 }

func (r *bigReader) Read(p []byte) (int, error) {
	if r.off >= r.n {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), r.n-r.off)]
	for i := range p {
		x := r.off + int64(i)
		p[i] = byte(x*7 + x>>11)
	}
	r.off += int64(len(p))
	return len(p), nil
}

// TestPublishBigFile: a 12 MiB file — beyond the 10 MiB the node hashes —
// is published with its real size and sha256, and downloads intact and
// verified.
func TestPublishBigFile(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	const size = 12 << 20
	h := sha256.New()
	_, err := io.Copy(h, &bigReader{n: size})
	require.NoError(t, err)
	want := hex.EncodeToString(h.Sum(nil))
	u, err := devNet.AddFile("big-12mib.bin", &bigReader{n: size})
	require.NoError(t, err)

	accs := takeAccounts(t, 1, 3)
	pub := newClient(t, accs[1].Key, wiring{})
	p := sampleParams(t, "publish-12mib", []byte("x"), assets.Pricing{Type: assets.PricingFree})
	p.Services[0].Files = []assets.File{{URL: u}}
	res, err := pub.Publish(ctx, p)
	require.NoError(t, err)
	info := res.DDO.Services[0].AdditionalInformation
	require.NotNil(t, info)
	b, err := info.MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(b), want, "the whole file's sha256 is published")
	assert.Contains(t, string(b), `"contentLength":12582912`)

	cons := newClient(t, accs[3].Key, wiring{})
	o, err := cons.Order(ctx, assets.OrderParams{Key: "publish-12mib/1", DID: res.DID})
	require.NoError(t, err)
	dh := sha256.New()
	dl, err := cons.Download(ctx, assets.DownloadParamsFor(o, 0), dh)
	require.NoError(t, err, "downloaded and verified against the published size and sha256")
	assert.Equal(t, int64(size), dl.Size)
	assert.Equal(t, want, hex.EncodeToString(dh.Sum(nil)))
}

// TestPublishDeadURLMintsNothing: a URL answering 404, or a port refusing
// connections, is refused before the first transaction: the publisher's
// nonce on chain does not move.
func TestPublishDeadURLMintsNothing(t *testing.T) {
	t.Parallel()
	ctx := ctxFor(t)
	key := takeAccounts(t, 0)[0].Key
	from := crypto.PubkeyToAddress(key.PublicKey)
	pub := newClient(t, key, wiring{})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	refused := "http://" + l.Addr().String() + "/gone.bin"
	l.Close()
	for name, u := range map[string]string{
		"404":     devNet.FilesURL() + "/no-such-file.bin",
		"refused": refused,
	} {
		t.Run(name, func(t *testing.T) {
			before, err := devNet.Client().NonceAt(ctx, from, nil)
			require.NoError(t, err)
			for _, checksum := range []bool{true, false} {
				p := sampleParams(t, "dead-"+name+"-"+map[bool]string{true: "sum", false: "nosum"}[checksum], []byte("x"), assets.Pricing{Type: assets.PricingFree})
				p.Services[0].Files = []assets.File{{URL: u}}
				p.Services[0].Checksum = checksum
				_, err = pub.Publish(ctx, p)
				require.ErrorIs(t, err, assets.ErrFileUnavailable)
				var fe *assets.FileError
				require.ErrorAs(t, err, &fe)
				assert.Equal(t, 0, fe.Index)
				assert.True(t, strings.HasSuffix(fe.URL, ".bin"), fe.URL)
			}
			after, err := devNet.Client().NonceAt(ctx, from, nil)
			require.NoError(t, err)
			assert.Equal(t, before, after, "no transaction was sent: no NFT minted")
		})
	}
}

// A file URL that is not really there is refused before any transaction,
// with the service and file it belongs to.
func ExampleFileError() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	pub := exampleClient(devNet, 5, journal.NewMemory())
	_, err := pub.Publish(ctx, assets.PublishParams{Key: "example-dead-url",
		Metadata: assets.Metadata{Name: "gone", Description: "a dead URL", Author: "ocean.go", License: "MIT"},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: devNet.FilesURL() + "/missing.csv"}},
			Pricing: assets.Pricing{Type: assets.PricingFree}, Checksum: true}}})
	var fe *assets.FileError
	if errors.As(err, &fe) {
		fmt.Println(errors.Is(err, assets.ErrFileUnavailable), fe.Service, fe.Index)
	}
	// Output: true 0 0
}

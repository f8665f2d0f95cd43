package journal_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/oceango/ocean.go/assets/journal"
)

// A flow writes its intent before a side effect and its result after it,
// with compare-and-swap on the entry's version.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "journal-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	store, err := journal.Open(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()

	e := &journal.Entry{Key: "publish/dataset-42", Flow: "publish", Status: "PENDING"}
	if err := store.Create(ctx, e); err != nil {
		log.Fatal(err)
	}
	// ... the NFT is created on chain ...
	e.Status = "NFT_CREATED"
	e.Payload = json.RawMessage(`{"nft":"0x1234"}`)
	if err := store.Put(ctx, e); err != nil {
		log.Fatal(err)
	}

	// After a restart the flow finds where it stopped.
	got, err := store.Get(ctx, "publish/dataset-42")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(got.Status, got.Version, string(got.Payload))
	// Output: NFT_CREATED 2 {"nft":"0x1234"}
}

// Two writers start from the same version; the second one loses and must
// read the entry again.
func ExampleStore_Put() {
	ctx := context.Background()
	store := journal.NewMemory()
	if err := store.Create(ctx, &journal.Entry{Key: "order/7", Flow: "order", Status: "PENDING"}); err != nil {
		log.Fatal(err)
	}
	a, _ := store.Get(ctx, "order/7")
	b, _ := store.Get(ctx, "order/7")

	a.Status = "ORDERED"
	fmt.Println(store.Put(ctx, a))
	b.Status = "FAILED"
	err := store.Put(ctx, b)
	fmt.Println(errors.Is(err, journal.ErrConflict))
	// Output:
	// <nil>
	// true
}

// Lock makes one worker at a time run a flow for a key: across goroutines
// for a MemoryStore, across goroutines and processes for a FileStore.
func ExampleStore_Lock() {
	ctx := context.Background()
	store := journal.NewMemory()

	unlock, err := store.Lock(ctx, "download/did:op:abc")
	if err != nil {
		log.Fatal(err)
	}
	_, err = store.TryLock(ctx, "download/did:op:abc")
	fmt.Println(errors.Is(err, journal.ErrLocked))
	if err := unlock(); err != nil {
		log.Fatal(err)
	}
	// Output: true
}

// List finds flows that did not finish, e.g. to resume them at start-up.
func ExampleStore_List() {
	ctx := context.Background()
	store := journal.NewMemory()
	for _, e := range []*journal.Entry{
		{Key: "p1", Flow: "publish", Status: "DONE"},
		{Key: "p2", Flow: "publish", Status: "METADATA_SET"},
		{Key: "o1", Flow: "order", Status: "PENDING"},
	} {
		if err := store.Create(ctx, e); err != nil {
			log.Fatal(err)
		}
	}
	entries, err := store.List(ctx, journal.Filter{Flow: "publish"})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range entries {
		if e.Status != "DONE" {
			fmt.Println("resume", e.Key, "from", e.Status)
		}
	}
	// Output: resume p2 from METADATA_SET
}

// OpenURL selects the store from one configuration value: a directory (or
// file://) for a FileStore, postgres://… for a PostgresStore shared by
// the replicas of a service, memory: for tests.
func ExampleOpenURL() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "journal-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	store, err := journal.OpenURL(ctx, dir) // e.g. os.Getenv("OCEAN_JOURNAL")
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()
	_, isFile := store.(*journal.FileStore)
	fmt.Println(isFile)

	_, err = journal.OpenURL(ctx, "mysql://db/journal")
	fmt.Println(errors.Is(err, journal.ErrInvalid))
	// Output:
	// true
	// true
}

// Claim divides unfinished work between replicas sharing a store: each
// takes the keys nobody holds and skips the others.
func ExampleClaim() {
	ctx := context.Background()
	store := journal.NewMemory()
	for _, key := range []string{"publish/a", "publish/b"} {
		if err := store.Create(ctx, &journal.Entry{Key: key, Flow: "publish", Status: "NFT_CREATED"}); err != nil {
			log.Fatal(err)
		}
	}
	// Another replica is working on publish/a.
	busy, err := store.Lock(ctx, "publish/a")
	if err != nil {
		log.Fatal(err)
	}
	defer busy()

	unfinished, err := store.List(ctx, journal.Filter{Flow: "publish", Status: "NFT_CREATED"})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range unfinished {
		release, err := journal.Claim(ctx, store, e.Key)
		if errors.Is(err, journal.ErrLocked) {
			fmt.Println("skip", e.Key)
			continue
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("resume", e.Key) // run the flow, then release
		_ = release()
	}
	// Output:
	// skip publish/a
	// resume publish/b
}

package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/datatoken"
	"github.com/oceango/ocean.go/examples/examplenet"
	"github.com/oceango/ocean.go/indexer"
)

// run is the marketplace walk-through; each step is printed to out.
func run(ctx context.Context, cfg config, out io.Writer) error {
	clients, err := examplenet.DialAll(ctx, cfg.publisher, cfg.buyers[0], cfg.buyers[1])
	if err != nil {
		return err
	}
	defer examplenet.CloseAll(clients...)
	m := &market{cfg: cfg, publisher: clients[0], buyers: clients[1:],
		// The listings carry a tag of this run, so that the search below
		// finds them and nothing else.
		tag: strings.NewReplacer("/", "-", " ", "-").Replace(cfg.key)}

	type step = examplenet.Step
	steps := []step{
		{Title: "list a premium dataset on a fixed-rate exchange", F: m.listPremium},
		{Title: "list a free sample with a dispenser", F: m.listSample},
		{Title: "find the listings through the indexer", F: m.browse},
	}
	for i := range m.buyers {
		steps = append(steps,
			step{Title: fmt.Sprintf("buyer %d: quote, buy and order the premium", i+1), F: m.buyPremium(i)},
			step{Title: fmt.Sprintf("buyer %d: claim and order the sample", i+1), F: m.claimSample(i)},
			step{Title: fmt.Sprintf("buyer %d: download both and verify", i+1), F: m.download(i)})
	}
	steps = append(steps,
		step{Title: "buyer 1 orders the premium again", F: m.orderAgain},
		step{Title: "the publisher's earnings", F: m.collect})
	s := examplenet.NewSteps(out)
	if err := s.Run(ctx, steps...); err != nil {
		return err
	}
	s.Total()
	return nil
}

// market carries what one step hands to the next.
type market struct {
	cfg       config
	publisher *ocean.Client
	buyers    []*ocean.Client
	tag       string

	premium, sample listing
	// premiumOrders and sampleOrders are each buyer's orders.
	premiumOrders, sampleOrders [2]*assets.Ordered
	// paid is what each buyer paid for the premium dataset.
	paid [2]*big.Int
	// publisherStart is the publisher's OCEAN before the sales; earned
	// what the sales brought.
	publisherStart, earned *big.Int
}

// listing is a published dataset and what the marketplace shows of it.
type listing struct {
	*assets.Published
	sha256 string
}

// listPremium publishes the premium dataset: its datatoken is sold for
// OCEAN at a fixed rate; each sale mints a datatoken, and the OCEAN
// accumulates in the exchange until the publisher collects it.
func (m *market) listPremium(ctx context.Context) ([]string, error) {
	var err error
	if m.publisherStart, err = m.publisher.Ocean.Balance(ctx, m.publisher.Account.Address()); err != nil {
		return nil, err
	}
	return m.list(ctx, &m.premium, "premium", "Squares, full table", m.cfg.premiumURL,
		assets.Pricing{Type: assets.PricingFixed, Rate: m.cfg.price})
}

// listSample publishes the sample: a dispenser hands out one datatoken
// per request, free, so anyone can order it (and the node still knows
// who did, from the order on chain).
func (m *market) listSample(ctx context.Context) ([]string, error) {
	return m.list(ctx, &m.sample, "sample", "Squares, first rows", m.cfg.sampleURL, assets.Pricing{Type: assets.PricingFree})
}

func (m *market) list(ctx context.Context, l *listing, name, title, url string, pricing assets.Pricing) ([]string, error) {
	sum, size, err := examplenet.HashURL(ctx, url)
	if err != nil {
		return nil, err
	}
	l.sha256 = sum
	l.Published, err = m.publisher.Assets.Publish(ctx, assets.PublishParams{
		Key: m.cfg.key + "/" + name,
		Metadata: assets.Metadata{Name: title, Description: "n and n squared, as CSV", Author: "ocean.go marketplace",
			License: "CC0-1.0", Tags: []string{m.tag, name}},
		Services: []assets.ServiceParams{{Files: []assets.File{{URL: url, SHA256: sum, Size: size}},
			Timeout: 7 * 24 * 3600, Pricing: pricing}},
	})
	if err != nil {
		return nil, err
	}
	return []string{"DID        " + l.DID, "datatoken  " + l.Datatokens[0].Hex()}, nil
}

// browse is what a marketplace front end does: search the indexer.
func (m *market) browse(ctx context.Context) ([]string, error) {
	res, err := m.buyers[0].Indexer.Search(ctx, indexer.Search{Tags: []string{m.tag},
		Owner: m.publisher.Account.Address().Hex(), ChainIDs: []int64{int64(m.publisher.Network.ChainID)}})
	if err != nil {
		return nil, err
	}
	if len(res.Assets) != 2 {
		return nil, fmt.Errorf("the indexer lists %d assets tagged %s, want 2", len(res.Assets), m.tag)
	}
	var lines []string
	for _, a := range res.Assets {
		lines = append(lines, fmt.Sprintf("%-20s %s", a.Metadata.Name, examplenet.Short(a.ID)))
	}
	return lines, nil
}

// exchange returns the fixed-rate exchange selling the premium datatoken,
// as seen by client c.
func (m *market) exchange(ctx context.Context, c *ocean.Client) (*datatoken.FixedRateExchange, [32]byte, error) {
	dt, err := c.Datatoken(m.premium.Datatokens[0])
	if err != nil {
		return nil, [32]byte{}, err
	}
	refs, err := dt.FixedRates(ctx)
	if err != nil {
		return nil, [32]byte{}, err
	}
	if len(refs) == 0 {
		return nil, [32]byte{}, errors.New("the premium datatoken has no exchange")
	}
	fre, err := datatoken.NewFixedRateExchange(c.Eth, refs[0].Contract, c.Account.TxManager())
	return fre, refs[0].ID, err
}

// buyPremium quotes one datatoken (the rate plus the exchange's fees),
// then orders with that quote as the most the buyer pays: if the price
// rose in between, the purchase reverts instead of paying more.
func (m *market) buyPremium(i int) func(context.Context) ([]string, error) {
	return func(ctx context.Context) ([]string, error) {
		b := m.buyers[i]
		fre, id, err := m.exchange(ctx, b)
		if err != nil {
			return nil, err
		}
		q, err := fre.CalcBaseInGivenOutDT(ctx, id, big.NewInt(1e18), new(big.Int))
		if err != nil {
			return nil, err
		}
		before, err := b.Ocean.Balance(ctx, b.Account.Address())
		if err != nil {
			return nil, err
		}
		o, err := b.Assets.Order(ctx, assets.OrderParams{Key: fmt.Sprintf("%s/buyer%d/premium", m.cfg.key, i+1),
			DID: m.premium.DID, MaxPrice: q.BaseTokenAmount})
		if err != nil {
			return nil, err
		}
		after, err := b.Ocean.Balance(ctx, b.Account.Address())
		if err != nil {
			return nil, err
		}
		m.premiumOrders[i], m.paid[i] = o, new(big.Int).Sub(before, after)
		return []string{
			fmt.Sprintf("quote      %s OCEAN (rate %s, Ocean community fee %s)", examplenet.Tokens(q.BaseTokenAmount),
				examplenet.Tokens(m.cfg.price), examplenet.Tokens(q.OceanFee)),
			"paid       " + examplenet.Tokens(m.paid[i]) + " OCEAN",
			"order tx   " + o.TxHash.Hex(),
		}, nil
	}
}

// claimSample orders the free sample: the order flow takes the datatoken
// from the dispenser.
func (m *market) claimSample(i int) func(context.Context) ([]string, error) {
	return func(ctx context.Context) ([]string, error) {
		o, err := m.buyers[i].Assets.Order(ctx, assets.OrderParams{Key: fmt.Sprintf("%s/buyer%d/sample", m.cfg.key, i+1),
			DID: m.sample.DID})
		if err != nil {
			return nil, err
		}
		m.sampleOrders[i] = o
		return []string{"order tx   " + o.TxHash.Hex()}, nil
	}
}

// download fetches both files of buyer i through the node and checks
// their sha256 against what the publisher published.
func (m *market) download(i int) func(context.Context) ([]string, error) {
	return func(ctx context.Context) ([]string, error) {
		var lines []string
		for _, d := range []struct {
			name string
			l    listing
			o    *assets.Ordered
		}{{"premium", m.premium, m.premiumOrders[i]}, {"sample", m.sample, m.sampleOrders[i]}} {
			h := sha256.New()
			res, err := m.buyers[i].Assets.Download(ctx, assets.DownloadParamsFor(d.o, 0), h)
			if err != nil {
				return nil, err
			}
			if got := hex.EncodeToString(h.Sum(nil)); got != d.l.sha256 {
				return nil, fmt.Errorf("%s: downloaded sha256 %s, published %s", d.name, got, d.l.sha256)
			}
			lines = append(lines, fmt.Sprintf("%-10s %d bytes, sha256 verified", d.name, res.Size))
		}
		return lines, nil
	}
}

// orderAgain orders the premium again under a new key: the order flow
// finds the buyer's still-valid order (access lasts a week) and the node
// confirms it, so nothing is paid.
func (m *market) orderAgain(ctx context.Context) ([]string, error) {
	b := m.buyers[0]
	before, err := b.Ocean.Balance(ctx, b.Account.Address())
	if err != nil {
		return nil, err
	}
	o, err := b.Assets.Order(ctx, assets.OrderParams{Key: m.cfg.key + "/buyer1/premium-again", DID: m.premium.DID})
	if err != nil {
		return nil, err
	}
	after, err := b.Ocean.Balance(ctx, b.Account.Address())
	if err != nil {
		return nil, err
	}
	if !o.Reused || before.Cmp(after) != 0 {
		return nil, fmt.Errorf("the second order was paid again (reused %v, balance %s → %s)", o.Reused, before, after)
	}
	return []string{"reused     " + o.TxHash.Hex() + ", paid 0 OCEAN"}, nil
}

// collect shows what the publisher earned: the sales were paid to the
// datatoken's payment collector (the publisher) as each Enterprise
// datatoken was bought and spent in one transaction; whatever OCEAN an
// exchange still holds (a standard datatoken's sales) is collected too.
func (m *market) collect(ctx context.Context) ([]string, error) {
	p := m.publisher
	fre, id, err := m.exchange(ctx, p)
	if err != nil {
		return nil, err
	}
	ex, err := fre.Exchange(ctx, id)
	if err != nil {
		return nil, err
	}
	if ex.BaseTokenBalance.Sign() > 0 {
		tx, err := fre.CollectBaseToken(ctx, id, ex.BaseTokenBalance)
		if err != nil {
			return nil, err
		}
		if _, err := p.Account.TxManager().Wait(ctx, tx); err != nil {
			return nil, err
		}
	}
	now, err := p.Ocean.Balance(ctx, p.Account.Address())
	if err != nil {
		return nil, err
	}
	m.earned = now.Sub(now, m.publisherStart)
	return []string{
		"collected  " + examplenet.Tokens(ex.BaseTokenBalance) + " OCEAN left in the exchange",
		"earned     " + examplenet.Tokens(m.earned) + " OCEAN in all",
	}, nil
}

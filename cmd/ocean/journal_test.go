package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/internal/pgtest"
)

// TestJournalPostgres: --journal postgres://… journals the flows in
// PostgreSQL.
func TestJournalPostgres(t *testing.T) {
	c := &cli{t: t, journal: pgtest.URL(t)}
	f := publishFile(t, c, "pg.csv", 1000, "--free")

	s, err := journal.OpenPostgres(t.Context(), c.journal)
	require.NoError(t, err)
	defer s.Close()
	es, err := s.List(t.Context(), journal.Filter{Flow: assets.FlowPublish})
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, assets.StatusDone, es[0].Status)
	assert.Contains(t, string(es[0].Payload), f.pub.NFT)
}

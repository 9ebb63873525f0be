package server

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"poa/api"
	"poa/contracts"
	"poa/protocol"
	"poa/server/e2e"
	"poa/settlement"
)

// TestAuditPageInChromium drives the embedded audit page in Debian's headless
// Chromium through playwright-core (server/e2e/audit.mjs) against a node on a
// loopback listener: ask, click a token, check that the sources shown are the
// stored data points containing it, select a span, check the epoch panel. The
// screenshot is saved to $POA_E2E_ARTIFACTS (default server/e2e/artifacts).
// `make e2e` installs what it needs and runs it.
func TestAuditPageInChromium(t *testing.T) {
	tools := e2e.Need(t, true, "playwright-core")
	shot := filepath.Join(e2e.Artifacts(t), "audit.png")
	os.Remove(shot)

	n := newNode(t, Config{})
	n.withCompleter(t)
	putEpoch(t, n.st, 1, true)
	// One of the epoch's two records has an attested score proof (the panel says so).
	if err := settlement.SaveScoreProof(n.st, &settlement.ScoreProofRecord{Record: "r1", Attestation: &contracts.ScoreAttestation{Version: 1}}); err != nil {
		t.Fatal(err)
	}
	// The chain layer's claim status (poa serve reads the claim bits on-chain).
	n.eng.ClaimStatus = func(ctx context.Context, epoch uint64, a string) (string, string, error) {
		if a == addrA {
			return "claimed", "", nil
		}
		return "claimable", "", nil
	}

	// The protocol panel reads a real deployment: the whole protocol on a simulated chain.
	owner, _ := crypto.GenerateKey()
	poster, _ := crypto.GenerateKey()
	chain := contracts.NewSimulated([]common.Address{contracts.Address(owner), contracts.Address(poster)})
	defer chain.Close()
	dep, err := protocol.Deploy(context.Background(), chain, protocol.Config{Deployer: owner,
		Verifier: contracts.Verifiers()["FixtureGroth16Verifier"], Posters: []*ecdsa.PrivateKey{poster}})
	if err != nil {
		t.Fatal(err)
	}
	n.eng.ReadProtocol = func(ctx context.Context) (api.ProtocolView, error) {
		v, err := protocol.View(ctx, chain, dep)
		if err != nil {
			return api.ProtocolView{}, err
		}
		return *v, nil
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var res struct {
		Tokens  int
		Token   string
		Sources []struct {
			ID      string
			Meta    string
			Marked  []string
			Methods []string
		}
		Claims   []string
		Proof    string
		Tx       string
		Protocol struct {
			Params, Provers, Points int
			Owner                   string
		}
	}
	tools.Run(t, ctx, &res, nil, "audit.mjs", n.url()+"/", shot)
	// The sources the page shows are real stored points, and each highlighted
	// span is the clicked word inside that point's text.
	word := strings.ToLower(strings.Trim(res.Token, ".,;:!?\"'()"))
	for _, s := range res.Sources {
		var found bool
		for _, p := range n.cmp.points {
			if p.ID != s.ID {
				continue
			}
			found = true
			if !strings.Contains(s.Meta, p.Datanet) || !strings.Contains(s.Meta, p.Contributor) {
				t.Errorf("source %s shows %q, stored datanet %s contributor %s", s.ID, s.Meta, p.Datanet, p.Contributor)
			}
			for _, m := range s.Marked {
				if strings.ToLower(m) != word || !strings.Contains(p.Text, m) {
					t.Errorf("source %s highlights %q; clicked token %q", s.ID, m, res.Token)
				}
			}
		}
		if !found {
			t.Errorf("page shows source %s, which is not a stored data point", s.ID)
		}
	}
	if len(res.Claims) != 2 || res.Claims[0] != "claimed" || res.Claims[1] != "claimable" {
		t.Errorf("claim column %q, want [claimed claimable]", res.Claims)
	}
	if p := res.Protocol; p.Params < 11 || p.Provers != 1 || p.Points < 49 || !strings.Contains(p.Owner, dep.Timelock.Hex()) {
		t.Errorf("protocol panel %+v: want 11 parameters, 1 prover, ≥ 49 vesting months, owner the timelock %s", p, dep.Timelock.Hex())
	}
	png, err := os.ReadFile(shot)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("screenshot %s: %v", shot, err)
	}
	t.Logf("screenshot: %s (%d bytes); token %q → %d sources", shot, len(png), res.Token, len(res.Sources))
}

package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"poa/api"
	"poa/client"
	"poa/datanet"
	"poa/influence"
	"poa/server"
	"poa/store"
)

// The lookups the node's API answers (GET /v1/attributions/{id}, GET
// /v1/contributors/{address}), as commands: locally they read the store through
// the same engine the node serves from, so the output is the same either way.

func init() {
	at := &cobra.Command{Use: "attribution", Short: "Look up stored attribution records"}
	at.AddCommand(&cobra.Command{
		Use:   "show ID",
		Short: "Show attribution record ID: epoch, fee, contributor scores (--json: the stored record too)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			report := func(v api.AttributionView) error {
				return emit(v, func() {
					fmt.Printf("record %s  epoch %d  fee %s\n", v.ID, v.Epoch, v.Fee)
					for _, c := range v.Contributors {
						fmt.Printf("  %s  score %.6f\n", c.Address, float64(c.Score)/influence.ScoreScale)
					}
				})
			}
			return withStoreOrNode(cmd.Context(), func(st *store.Store) error {
				v, err := server.NewStoreEngine(st).Attribution(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				return report(v)
			}, func(cl *client.Client) error {
				v, err := cl.Attribution(cmd.Context(), args[0])
				if err != nil {
					return apiMessage(err)
				}
				return report(v)
			})
		},
	})
	ct := &cobra.Command{Use: "contributor", Short: "Look up contributors: data added, scores, payouts, claims"}
	ct.AddCommand(&cobra.Command{
		Use:   "show ADDRESS",
		Short: "Show a contributor's data points and, per closed epoch, score, payout and claim status",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := datanet.CheckAddress(args[0])
			if err != nil {
				return fmt.Errorf("ADDRESS %w", err)
			}
			report := func(v api.ContributorView) error {
				return emit(v, func() {
					fmt.Printf("%s  %d points, %d tokens in %v\n", v.Address, v.Points, v.Tokens, v.Datanets)
					for _, e := range v.Epochs {
						fmt.Printf("  epoch %-4d score %.6f  payout %s  %s\n", e.Epoch, float64(e.Score)/influence.ScoreScale, e.Payout, e.Claim)
					}
					fmt.Printf("total score %.6f, payout %s\n", float64(v.TotalScore)/influence.ScoreScale, v.TotalPayout)
				})
			}
			return withStoreOrNode(cmd.Context(), func(st *store.Store) error {
				v, err := server.NewStoreEngine(st).Contributor(cmd.Context(), addr)
				if err != nil {
					return err
				}
				return report(v)
			}, func(cl *client.Client) error {
				v, err := cl.Contributor(cmd.Context(), addr)
				if err != nil {
					return apiMessage(err)
				}
				return report(v)
			})
		},
	})
	rootCmd.AddCommand(at, ct)
}

// apiMessage turns a node's not_found answer into the error the store gives
// locally (its message, wrapping store.ErrNotFound); other errors pass through.
func apiMessage(err error) error {
	var ae *api.Error
	if errors.As(err, &ae) && ae.Code == api.CodeNotFound {
		return &notFound{ae.Message}
	}
	return err
}

// notFound is a node's not_found message as a store.ErrNotFound.
type notFound struct{ msg string }

func (e *notFound) Error() string { return e.msg }
func (e *notFound) Unwrap() error { return store.ErrNotFound }

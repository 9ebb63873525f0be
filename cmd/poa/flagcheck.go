package main

import (
	"cmp"
	"errors"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"poa/bounds"
)

// settingAnnotation is the flag annotation naming the library setting a flag sets.
const settingAnnotation = "poa/setting"

// bindSettings records which library setting each flag of c sets (pairs of flag
// name and setting name as the library's *bounds.Error says it, e.g. "steps",
// "TrainConfig.Steps"), and wraps c.RunE so that an out-of-range setting reported by
// the library comes out as the flag: "--steps -1 is outside [1, 100000000]". Call it
// after RunE is set. Unknown flag names panic (a programmer error).
func bindSettings(c *cobra.Command, pairs ...string) {
	if len(pairs)%2 != 0 {
		panic("bindSettings: odd number of arguments")
	}
	for i := 0; i < len(pairs); i += 2 {
		f := c.Flags().Lookup(pairs[i])
		if f == nil {
			panic(fmt.Sprintf("bindSettings: %s has no flag --%s", c.CommandPath(), pairs[i]))
		}
		if f.Annotations == nil {
			f.Annotations = map[string][]string{}
		}
		f.Annotations[settingAnnotation] = append(f.Annotations[settingAnnotation], pairs[i+1])
	}
	if c.Annotations["poa/settings-bound"] == "" {
		if c.Annotations == nil {
			c.Annotations = map[string]string{}
		}
		c.Annotations["poa/settings-bound"] = "1"
		run := c.RunE
		c.RunE = func(cmd *cobra.Command, args []string) error {
			return asFlagError(cmd, run(cmd, args))
		}
	}
}

// asFlagError returns err as a *flagError when it holds a *bounds.Error for a setting
// one of cmd's flags sets (bindSettings), and err unchanged otherwise.
func asFlagError(cmd *cobra.Command, err error) error {
	var be *bounds.Error
	if err == nil || !errors.As(err, &be) {
		return err
	}
	var name string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		for _, s := range f.Annotations[settingAnnotation] {
			if s == be.Setting && name == "" {
				name = f.Name
			}
		}
	})
	if name == "" {
		return err
	}
	return &flagError{flag: name, value: be.Value, want: be.Want, err: err}
}

// flagError is a flag whose value is outside its allowed range.
type flagError struct {
	flag, value, want string
	err               error // the library's error, if it came from one
}

func (e *flagError) Error() string {
	return fmt.Sprintf("--%s %s is outside %s", e.flag, e.value, e.want)
}

func (e *flagError) Unwrap() error { return e.err }

// flagIn checks a flag that no library setting stands behind: nil if lo ≤ v ≤ hi,
// else a *flagError naming --name and "[lo, hi]" (NaN is outside).
func flagIn[T cmp.Ordered](name string, v, lo, hi T) error {
	return flagBounds(name, bounds.In(name, v, lo, hi))
}

// flagAbove is flagIn for lo < v ≤ hi.
func flagAbove[T cmp.Ordered](name string, v, lo, hi T) error {
	return flagBounds(name, bounds.Above(name, v, lo, hi))
}

func flagBounds(name string, err error) error {
	var be *bounds.Error
	if !errors.As(err, &be) {
		return err
	}
	return &flagError{flag: name, value: be.Value, want: be.Want}
}

// refuseZeroSeed makes c refuse --seed 0: its library options read 0 as "unset" and
// would silently use seed 1, so a run asked for with seed 0 would repeat seed 1's.
// Call it after RunE is set.
func refuseZeroSeed(c *cobra.Command) {
	run := c.RunE
	c.RunE = func(cmd *cobra.Command, args []string) error {
		if f := cmd.Flags().Lookup("seed"); f != nil && f.Value.String() == "0" {
			return errors.New("--seed 0: seeds start at 1 (0 is the options' unset value, which means seed 1)")
		}
		return run(cmd, args)
	}
}

// Package bounds checks numeric settings against their allowed ranges.
//
// A package that takes settings (training steps, a LoRA rank, a sampling temperature)
// validates them with In, Above or Fail and returns the *Error, wrapped in its own
// sentinel. The Error names the setting as that package's API does (a Go field,
// "TrainConfig.Steps"), so a Go caller sees the field it set, and a command-line tool
// can say the same thing in its own terms: cmd/poa maps Setting to the flag that sets
// it and reports "--steps -1 is outside [1, 100000000]".
//
// NaN is outside every range. The functions return nil (an untyped nil error) when
// the value is allowed.
package bounds

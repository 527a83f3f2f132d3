//go:build !linux

package output

import "errors"

// exchange would swap two directories atomically, which claimx does with
// Linux's renameat2 only.
func exchange(a, b string) error {
	return errors.New("compacting needs Linux, whose renameat2 swaps two directories atomically")
}

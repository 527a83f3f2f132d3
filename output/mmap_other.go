//go:build !unix

package output

import "os"

// mapFile reads the file at path whole where claimx does not map files.
func mapFile(path string) ([]byte, func() error, error) {
	b, err := os.ReadFile(path)
	return b, func() error { return nil }, err
}

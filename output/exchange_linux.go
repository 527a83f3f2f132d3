package output

import "golang.org/x/sys/unix"

// exchange swaps the directories at a and b in one atomic step: a reader
// lists either the one or the other, never neither.
func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}

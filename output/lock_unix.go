//go:build unix

package output

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

// How withLock holds the dataset's lock.
const (
	// exclusive: the caller changes what a table lists (commits a part,
	// swaps a compacted table, removes orphans).
	exclusive = syscall.LOCK_EX
	// shared: the caller lists a table and reads the files it lists.
	shared = syscall.LOCK_SH
)

// withLock runs f holding OUT/.claimx/lock as how says. A reader that can
// neither open nor create the lock (a read-only copy of a dataset, where no
// writer can be at work) runs f without it.
func withLock(dataset string, how int, f func() error) error {
	control := filepath.Join(dataset, controlDir)
	lock, err := os.OpenFile(filepath.Join(control, lockFile), os.O_RDWR|os.O_CREATE, 0o666)
	if errors.Is(err, os.ErrNotExist) {
		if err = os.MkdirAll(control, 0o777); err == nil {
			lock, err = os.OpenFile(filepath.Join(control, lockFile), os.O_RDWR|os.O_CREATE, 0o666)
		}
	}
	if err != nil && how == shared {
		return f()
	}
	if err != nil {
		return err
	}
	defer lock.Close() // and so unlocked
	if err := flock(lock, how); err != nil {
		return err
	}
	return f()
}

// flock takes an advisory lock on f, waiting for it; a signal that
// interrupts the wait does not end it.
func flock(f *os.File, how int) error {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if err != syscall.EINTR {
			return err
		}
	}
}

// lockDir opens the folder dir and locks it exclusively, for as long as
// the returned file is open.
func lockDir(dir string) (*os.File, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	if err := flock(f, syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// tryLockDir is lockDir without waiting: nil, nil when another holds the
// lock.
func tryLockDir(dir string) (*os.File, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	ok, err := tryLock(f)
	if err != nil || !ok {
		f.Close()
		return nil, err
	}
	return f, nil
}

// tryLock locks f exclusively if no one else holds it, without waiting.
func tryLock(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err == syscall.EWOULDBLOCK {
		return false, nil
	}
	return err == nil, err
}

#ifndef KYILN_CNCURSES_SHIM_H
#define KYILN_CNCURSES_SHIM_H

/* Without these two, ncurses hides its wide-character API (get_wch, add_wch,
   cchar_t, ...) and Swift cannot import it. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <ncursesw/curses.h>

#endif

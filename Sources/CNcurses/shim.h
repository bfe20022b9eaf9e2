#ifndef KYILN_CNCURSES_SHIM_H
#define KYILN_CNCURSES_SHIM_H

/* Without these two, ncurses hides its wide-character API (get_wch, add_wch,
   cchar_t, ...) and Swift cannot import it. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Helpers for things Swift cannot import: function-like macros and C
   globals (Swift 6 strict concurrency refuses mutable C globals such as
   stdscr and stdout). All are stateless on purpose: a static variable in a
   header would be duplicated in every object file that includes it. */

static inline WINDOW *kyiln_stdscr(void) { return stdscr; }
static inline WINDOW *kyiln_curscr(void) { return curscr; }
static inline FILE *kyiln_stdout(void) { return stdout; }
static inline FILE *kyiln_stdin(void) { return stdin; }

static inline int kyiln_maxy(void) { return getmaxy(stdscr); }
static inline int kyiln_maxx(void) { return getmaxx(stdscr); }
static inline int kyiln_colors(void) { return COLORS; }
static inline int kyiln_color_pairs(void) { return COLOR_PAIRS; }

static inline int kyiln_key_f0(void) { return KEY_F0; }

static inline attr_t kyiln_a_normal(void) { return A_NORMAL; }
static inline attr_t kyiln_a_bold(void) { return A_BOLD; }
static inline attr_t kyiln_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kyiln_a_reverse(void) { return A_REVERSE; }
static inline attr_t kyiln_a_dim(void) { return A_DIM; }

static inline mmask_t kyiln_mouse_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t kyiln_mouse_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t kyiln_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t kyiln_mouse_wheel_down(void) {
#if NCURSES_MOUSE_VERSION > 1
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/* Reads one mouse event; returns OK and fills x/y/mask, or ERR. */
static inline int kyiln_get_mouse(int *x, int *y, mmask_t *mask) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    *mask = event.bstate;
    return OK;
}

/* Draws one grapheme cluster (up to CCHARW_MAX code points, NUL-terminated)
   at y/x on stdscr with the given attributes and colour pair. */
static inline int kyiln_put_cluster(int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cell;
    int extended = pair;
    if (setcchar(&cell, wch, attrs, (short)(pair > 32767 ? 0 : pair), &extended) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/* Draws `count` single-cell code points (printable ASCII, already checked by the caller) from
   y/x on stdscr, each as kyiln_put_cluster would: the same rendition, without a call per cell
   from Swift. Stops at the first cell ncurses refuses (the right edge). */
static inline int kyiln_put_cells(int y, int x, const unsigned char *text, int count, attr_t attrs, int pair) {
    cchar_t cell;
    wchar_t wch[2] = { 0, 0 };
    int extended = pair;
    int i;
    if (wmove(stdscr, y, x) != OK) return ERR;
    for (i = 0; i < count; i++) {
        wch[0] = (wchar_t)text[i];
        if (setcchar(&cell, wch, attrs, (short)(pair > 32767 ? 0 : pair), &extended) != OK) return ERR;
        if (wadd_wch(stdscr, &cell) != OK) return ERR;
    }
    return OK;
}

/* Fills `count` cells from y/x on stdscr with spaces in the given rendition (as kyiln_put_cluster
   would draw " " in each). */
static inline int kyiln_fill_cells(int y, int x, int count, attr_t attrs, int pair) {
    cchar_t cell;
    wchar_t wch[2] = { L' ', 0 };
    int extended = pair;
    int i;
    if (setcchar(&cell, wch, attrs, (short)(pair > 32767 ? 0 : pair), &extended) != OK) return ERR;
    if (wmove(stdscr, y, x) != OK) return ERR;
    for (i = 0; i < count; i++) {
        if (wadd_wch(stdscr, &cell) != OK) return ERR;
    }
    return OK;
}

/* Sets the background used by erase() so blank cells take the text role. */
static inline void kyiln_set_background(attr_t attrs, int pair) {
    wbkgdset(stdscr, (chtype)(attrs | COLOR_PAIR(pair)) | ' ');
}


#endif

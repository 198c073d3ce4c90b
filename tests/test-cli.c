/* test-cli.c
 *
 * The command line: version, help, errors; all without a display. Commands
 * load no GTK or libadwaita; the window program does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "dq-test-util.h"

static void
test_cli_version (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "--version", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "dostyq " PACKAGE_VERSION "\n");
}

static void
test_cli_help (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "--help", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--dataset"));
  g_assert_nonnull (strstr (run.out, "--version"));
  g_assert_nonnull (strstr (run.out, "Commands:"));
}

static void
test_cli_unknown_command (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "frobnicate", NULL);

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "unknown command “frobnicate”"));
}

static void
test_cli_unknown_option (void)
{
  g_auto(DqTestRun) run = { 0 };

  dq_test_spawn (&run, dq_test_dostyq (), "--no-such-option", NULL);

  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--no-such-option"));
}

static void
test_cli_help_translated (void)
{
  g_auto(DqTestRun) run = { 0 };

  if (!g_file_test (LOCALEDIR "/ru/LC_MESSAGES/dostyq.mo", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("translations are not installed; run meson install first");
      return;
    }

  g_setenv ("LANGUAGE", "ru", TRUE);
  dq_test_spawn (&run, dq_test_dostyq (), "--help", NULL);
  g_unsetenv ("LANGUAGE");

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Команды:"));
}

/* Runs @argv with the dynamic linker's library trace (LD_DEBUG=libs), which
 * goes to stderr with every library it looks for and initialises. */
static void
spawn_traced (DqTestRun   *run,
              const char **argv)
{
  g_setenv ("LD_DEBUG", "libs", TRUE);
  dq_test_spawn_v (run, argv);
  g_unsetenv ("LD_DEBUG");
}

static gboolean
loaded_gtk (const char *trace)
{
  return strstr (trace, "libgtk-4") != NULL || strstr (trace, "libadwaita") != NULL;
}

static void
assert_no_gtk (const char **argv)
{
  g_auto(DqTestRun) run = { 0 };

  spawn_traced (&run, argv);

  if (run.status != 0)
    g_test_message ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  /* The trace is there, so its silence about GTK means something. */
  g_assert_nonnull (strstr (run.err, "libglib-2.0"));
  g_assert_false (loaded_gtk (run.err));
}

static void
test_cli_no_gtk_list (void)
{
  const char *argv[] = { dq_test_dostyq (), "list", NULL };

  assert_no_gtk (argv);
}

static void
test_cli_no_gtk_facts (void)
{
  const char *argv[] = { dq_test_dostyq (), "facts", NULL };

  assert_no_gtk (argv);
}

static void
test_cli_no_gtk_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-test-cli-XXXXXX", &error);
  g_autofree char *png = NULL;
  const char *argv[] = { dq_test_dostyq (), "export", "--chart", "cab-2021-attitude", "-o", NULL,
                                         NULL };

  g_assert_no_error (error);
  png = g_build_filename (dir, "attitude.png", NULL);
  argv[5] = png;

  assert_no_gtk (argv);

  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_cli_no_gtk_crosstab (void)
{
  static const char survey[] =
    "country,q,w\n"
    "1,1,1\n"
    "1,2,2\n"
    "2,1,1\n"
    "2,2,1\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dostyq-test-cli-XXXXXX", &error);
  g_autofree char *csv = NULL;
  const char *argv[] = { dq_test_dostyq (), "crosstab", NULL, "--row", "q", "--col", "country",
                         "--weight", "w", NULL };

  g_assert_no_error (error);
  csv = g_build_filename (dir, "survey.csv", NULL);
  g_file_set_contents (csv, survey, -1, &error);
  g_assert_no_error (error);
  argv[2] = csv;

  assert_no_gtk (argv);

  g_assert_cmpint (g_remove (csv), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The other side of the tests above: what is not a command goes to the
 * window program, and the same trace shows it loading GTK and libadwaita.
 * --version needs no display. */
static void
test_cli_window_program_loads_gtk (void)
{
  g_auto(DqTestRun) run = { 0 };
  const char *argv[] = { dq_test_dostyq (), "--version", NULL };

  spawn_traced (&run, argv);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "dostyq " PACKAGE_VERSION "\n");
  g_assert_nonnull (strstr (run.err, "libgtk-4"));
  g_assert_nonnull (strstr (run.err, "libadwaita"));
}

/* The benchmark hooks are built only with -Dbenchmarks=true; otherwise
 * their options are unknown, like any other. */
static void
test_cli_benchmark_hooks (void)
{
  g_auto(DqTestRun) help = { 0 };
  g_auto(DqTestRun) repeat = { 0 };

  dq_test_spawn (&help, dq_test_dostyq (), "export", "--help", NULL);
  /* Refused either way, before anything is drawn or written. */
  dq_test_spawn (&repeat, dq_test_dostyq (), "export", "--chart", "cab-2021-attitude", "--repeat",
                 "0",
                 "--format", "svg", NULL);

  g_assert_cmpint (help.status, ==, 0);
#if DQ_BENCHMARKS
  g_assert_nonnull (strstr (help.out, "--repeat"));
  g_assert_null (strstr (repeat.err, "Unknown option"));
#else
  g_assert_null (strstr (help.out, "--repeat"));
  g_assert_nonnull (strstr (repeat.err, "Unknown option --repeat"));
#endif
  g_assert_nonnull (strstr (repeat.err, "--repeat"));
  g_assert_cmpint (repeat.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Dostyq/Cli/Main/version", test_cli_version);
  g_test_add_func ("/Dostyq/Cli/Main/help", test_cli_help);
  g_test_add_func ("/Dostyq/Cli/Main/help-translated", test_cli_help_translated);
  g_test_add_func ("/Dostyq/Cli/Main/unknown-command", test_cli_unknown_command);
  g_test_add_func ("/Dostyq/Cli/Main/unknown-option", test_cli_unknown_option);
  g_test_add_func ("/Dostyq/Cli/Main/no-gtk-list", test_cli_no_gtk_list);
  g_test_add_func ("/Dostyq/Cli/Main/no-gtk-facts", test_cli_no_gtk_facts);
  g_test_add_func ("/Dostyq/Cli/Main/no-gtk-export", test_cli_no_gtk_export);
  g_test_add_func ("/Dostyq/Cli/Main/no-gtk-crosstab", test_cli_no_gtk_crosstab);
  g_test_add_func ("/Dostyq/Cli/Main/window-program-loads-gtk", test_cli_window_program_loads_gtk);
  g_test_add_func ("/Dostyq/Cli/Main/benchmark-hooks", test_cli_benchmark_hooks);

  return g_test_run ();
}

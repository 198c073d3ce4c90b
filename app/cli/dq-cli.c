/* dq-cli.c
 *
 * The command-line door onto Dostyq: subcommands that print or export without
 * a display. Nothing here may initialise GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dostyq"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "dq-cli.h"
#include "dq-cli-crosstab.h"
#include "dq-cli-export.h"
#include "dq-cli-export-data.h"
#include "dq-cli-mrset.h"
#include "dq-cli-facts.h"
#include "dq-cli-means.h"

typedef struct
{
  const char *name;
  const char *summary;
  int       (*run) (int    argc,
                    char **argv);
  /* Whether it loads the bundled dataset or draws: see reserve_heap (). */
  gboolean    large_heap;
} DqCliCommand;

static const DqCliCommand commands[] = {
  { "list", N_("List the charts and their ids"), dq_cli_list_run, TRUE },
  { "export", N_("Export charts, the map or a chart of your own survey data as PNG, SVG or PDF"),
    dq_cli_export_run, TRUE },
  { "facts", N_("Print every record of the dataset that carries a source (figures, events, interviews), with its kind, as CSV"), dq_cli_facts_run, TRUE },
  { "crosstab", N_("Print a weighted crosstab of your own survey data file"), dq_cli_crosstab_run },
  { "export-data", N_("Write your survey data, filtered and recoded, as .sav, .dta or CSV"),
    dq_cli_export_data_run },
  { "mrset", N_("Print the weighted table of multiple-response sets of your survey data"),
    dq_cli_mrset_run },
  { "means", N_("Print weighted means by group of your own survey data file"), dq_cli_means_run },
  { NULL }
};

/* The heap that a command which loads the bundled dataset and draws a
 * chart uses (the dataset's objects, json-glib's trees, a raster of 1600 ×
 * 1000 pixels) is about 25 MB, touched page by page: 4 KB at a time, some
 * 3,000 page faults, which cost more CPU time than reading the dataset
 * (12 µs each on a virtual machine). Here the heap grows at once by
 * HEAP_RESERVE, in which the kernel may give memory 2 MB at a time
 * (transparent huge pages, where the system allows them on request), and
 * blocks up to that size come from it rather than from mappings of their
 * own; freed memory stays for reuse rather than going back to the system.
 * The memory is only reserved: a page counts when first touched. */
#define HEAP_RESERVE (64 << 20)
#define HUGE_PAGE    (2 << 20)

static void
reserve_heap (void)
{
#if defined (__GLIBC__) && __GLIBC_PREREQ (2, 33) && defined (MADV_HUGEPAGE)
  struct mallinfo2 info;
  guintptr start;
  guintptr end;

  mallopt (M_MMAP_THRESHOLD, 32 << 20);
  mallopt (M_TRIM_THRESHOLD, 2 * HEAP_RESERVE);
  mallopt (M_TOP_PAD, HEAP_RESERVE);

  /* A block larger than the whole heap so far makes malloc grow it, by
   * the block and the pad. */
  info = mallinfo2 ();
  start = GPOINTER_TO_SIZE (sbrk (0));
  g_free (g_malloc (info.arena + 1));
  end = GPOINTER_TO_SIZE (sbrk (0));

  start = (start + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1);
  end &= ~(guintptr) (HUGE_PAGE - 1);
  if (end > start)
    madvise (GSIZE_TO_POINTER (start), end - start, MADV_HUGEPAGE);
#endif
}

/**
 * dq_cli_describe_commands:
 *
 * Returns: (transfer full): the list of subcommands for `dostyq --help`
 */
char *
dq_cli_describe_commands (void)
{
  GString *str = g_string_new (_("Commands:"));

  g_string_append_c (str, '\n');
  for (guint i = 0; commands[i].name != NULL; i++)
    g_string_append_printf (str, "  %-10s %s\n", commands[i].name, _(commands[i].summary));

  g_string_append_printf (str, "\n%s", _("Run “dostyq COMMAND --help” for the options of a command."));

  return g_string_free (str, FALSE);
}

/**
 * dq_cli_is_command:
 * @name: a first argument
 *
 * Returns: whether @name names a subcommand
 */
gboolean
dq_cli_is_command (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; commands[i].name != NULL; i++)
    {
      if (g_str_equal (name, commands[i].name))
        return TRUE;
    }

  return FALSE;
}

/**
 * dq_cli_run:
 * @argc: number of arguments, the program name included
 * @argv: the arguments; `argv[1]` names the subcommand
 *
 * Runs a subcommand. Errors go to stderr, prefixed with the program name.
 *
 * Returns: the process exit status
 */
int
dq_cli_run (int    argc,
            char **argv)
{
  g_return_val_if_fail (argc >= 2, EXIT_FAILURE);

  for (guint i = 0; commands[i].name != NULL; i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        {
          g_autofree char *prgname = g_strdup_printf ("dostyq %s", commands[i].name);

          /* So that "Usage:" in a command's --help names the command. */
          g_set_prgname (prgname);
          if (commands[i].large_heap)
            reserve_heap ();

          return commands[i].run (argc - 1, argv + 1);
        }
    }

  g_printerr (_("dostyq: unknown command “%s”. Run “dostyq --help” for the list of commands."),
              argv[1]);
  g_printerr ("\n");

  return 2;
}

"""`manage.py crm_sync [--full] [--dry-run]`: one pull from the company's CRM database now, with
the report of what it did (or would do)."""

from django.core.management.base import BaseCommand, CommandError

from crm.sync.pull.connector import crm_pull, pull_configured

ENTITY_LABELS = ("created", "updated", "unchanged", "deactivated", "refused")


class Command(BaseCommand):
    help = "Read the company's CRM database now (incremental unless --full) and write what changed."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--full", action="store_true", help="read everything; deactivate what is gone")
        parser.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")

    def handle(self, *args, full: bool, dry_run: bool, **options) -> None:
        if not pull_configured():
            raise CommandError("No CRM database configured: set SAV_CRM_DATABASE_URL and SAV_CRM_MAPPING.")
        run = crm_pull(full=full, dry_run=dry_run)
        if run is None:
            raise CommandError("Another CRM sync is running; try again when it has ended.")
        self.stdout.write(
            f"{run.mode} pull{' (dry run)' if dry_run else ''}: {run.status} in {run.duration_ms} ms"
        )
        for entity, counts in run.per_entity.items():
            figures = ", ".join(f"{counts[kind]} {kind}" for kind in ENTITY_LABELS)
            self.stdout.write(f"  {entity}: {figures}")
        for issue in run.issues.all()[:20]:
            self.stdout.write(f"  refused {issue.entity} {issue.external_id}: {issue.reason} — {issue.message}")
        if run.refused > 20:
            self.stdout.write(f"  … {run.refused - 20} more refused rows (Administration → CRM)")
        if run.error:
            raise CommandError(run.error)

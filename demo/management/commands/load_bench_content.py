import time

from django.core.management import call_command
from django.core.management.base import BaseCommand

from demo import bench
from demo.guard import ensure_demo_allowed


class Command(BaseCommand):
    help = (
        "The benchmark database: the demo content plus generated news articles (1,000 per "
        "language by default) with images, topics, tags and partners, in English, Spanish "
        "and Basque (demo/bench.py). Safe to run again: only missing articles are added."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=int,
            default=1000,
            help="Generated articles per language (default 1000), on top of the demo's.",
        )
        parser.add_argument(
            "--no-demo", action="store_true", help="Do not (re)load the demo content first."
        )

    def handle(self, *args, **options):
        ensure_demo_allowed("load_bench_content")
        started = time.perf_counter()
        if not options["no_demo"]:
            call_command("load_demo", stdout=self.stdout, stderr=self.stderr)
        demo_done = time.perf_counter()
        self.stdout.write(f"Benchmark articles ({options['articles']} per language):")
        added = bench.add_articles(options["articles"], log=self.stdout.write)
        finished = time.perf_counter()
        self.stdout.write(
            self.style.SUCCESS(
                f"{added} articles added per language in {finished - demo_done:.1f} s "
                f"(demo {demo_done - started:.1f} s)."
            )
        )

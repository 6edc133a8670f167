from brandlint.cli import main

raise SystemExit(main())

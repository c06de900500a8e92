"""Scale-out: worker processes for ``contested run --workers N`` (:mod:`.workers`), input
shards (:mod:`.shards`), the Spark job behind ``contested spark`` (:mod:`.spark`, entry for
spark-submit in :mod:`.submit`), and the synthetic news stream (:mod:`.synthetic`)."""

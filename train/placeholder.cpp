// placeholder until the train layer lands
